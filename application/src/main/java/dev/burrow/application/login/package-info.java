/** Logging in (with a second factor when the user has one) and out. */
package dev.burrow.application.login;
