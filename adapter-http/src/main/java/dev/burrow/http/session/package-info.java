/** {@code /api/users/@me/login_sessions/}: where the caller is logged in, and ending those logins. */
package dev.burrow.http.session;
