/** PostHog's error format and the table that maps failures onto it. */
package dev.burrow.http.error;
