package dev.burrow.http.auth;

import dev.burrow.domain.apikey.ApiScope;

/**
 * Who may call a route, as PostHog's viewsets declare it: the scope a personal API key needs ({@code null}: the
 * route takes no keys, and a key gets a 403), and whether key authentication is tried at all ({@code false}: a
 * request carrying only a key is simply unauthenticated, as for PostHog's DELETE of a user).
 */
public record RouteAccess(ApiScope keyScope, boolean triesKeys) {

    public static RouteAccess scope(ApiScope scope) {
        return new RouteAccess(scope, true);
    }

    /** Sessions only; a key is recognised and refused with "does not support personal API key access". */
    public static RouteAccess noKeys() {
        return new RouteAccess(null, true);
    }

    /** Sessions only; keys are not even looked at. */
    public static RouteAccess sessionAuthenticationOnly() {
        return new RouteAccess(null, false);
    }
}
