/** Logging in and out over HTTP, with PostHog's session cookies. */
package dev.burrow.http.login;
