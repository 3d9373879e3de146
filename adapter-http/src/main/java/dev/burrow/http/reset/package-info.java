/** {@code /api/reset/}: asking for a password reset link, checking it, and setting a new password with it. */
package dev.burrow.http.reset;
