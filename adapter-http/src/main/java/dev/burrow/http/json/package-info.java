/** JSON in and out: the ObjectMapper, request bodies, PostHog's datetime format. */
package dev.burrow.http.json;
