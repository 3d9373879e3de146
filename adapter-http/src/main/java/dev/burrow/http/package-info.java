/**
 * PostHog's wire format on Javalin: {@link dev.burrow.http.HttpApi} lists every route on one screen, each with who
 * may call it; {@code Guards} stand before the routes, {@code FailureResponder} answers their failures in PostHog's
 * format, {@code ServerSetup} puts them into Javalin. Each slice turns requests into use-case calls and domain
 * results into PostHog's JSON.
 */
package dev.burrow.http;
