/**
 * PostHog's wire format on Javalin: {@link dev.burrow.http.HttpApi} lists every route on one screen; each slice
 * turns requests into use-case calls and domain results into PostHog's JSON.
 */
package dev.burrow.http;
