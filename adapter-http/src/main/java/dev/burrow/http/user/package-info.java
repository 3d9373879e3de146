/** The user slice of the API: routes for reading users and PostHog's user object. */
package dev.burrow.http.user;
