package dev.burrow.http.auth;

import dev.burrow.domain.apikey.ApiScope;

/**
 * Who may call a route, as PostHog's views declare it. {@code caller} says whether the route authenticates at all
 * and how it answers a failure; for the routes that do, {@code keyScope} is the scope a personal API key needs
 * ({@code null}: the route takes no keys, and a key gets a 403) and {@code triesKeys} whether key authentication is
 * tried at all ({@code false}: a request carrying only a key is simply unauthenticated, as for PostHog's DELETE of
 * a user).
 */
public record RouteAccess(Caller caller, ApiScope keyScope, boolean triesKeys) {

    /** Who a route lets in. */
    public enum Caller {
        /** A health probe: anyone, from any host (probes reach burrow by whatever address they have). */
        PROBE,
        /**
         * burrow's own document (the schema): anyone may read it. It is no PostHog view, so a wrong method is
         * answered as anywhere else in the API, authentication first.
         */
        DOCUMENT,
        /**
         * PostHog's views that let anyone in (login, logout, email verification, GitHub's return): a wrong method
         * is 405 whoever asks.
         */
        ANYONE,
        /** A signed-in caller; authentication failures are 401 with a challenge. */
        SIGNED_IN,
        /**
         * A signed-in caller, where PostHog's view tries Django REST framework's stock session class first: it sends
         * no challenge, so authentication failures are 403 without {@code WWW-Authenticate}.
         */
        SIGNED_IN_UNCHALLENGED
    }

    public static RouteAccess probe() {
        return new RouteAccess(Caller.PROBE, null, false);
    }

    public static RouteAccess document() {
        return new RouteAccess(Caller.DOCUMENT, null, false);
    }

    public static RouteAccess anyone() {
        return new RouteAccess(Caller.ANYONE, null, false);
    }

    public static RouteAccess scope(ApiScope scope) {
        return new RouteAccess(Caller.SIGNED_IN, scope, true);
    }

    /** Sessions only; a key is recognised and refused with "does not support personal API key access". */
    public static RouteAccess noKeys() {
        return new RouteAccess(Caller.SIGNED_IN, null, true);
    }

    /** Sessions only; keys are not even looked at. */
    public static RouteAccess sessionAuthenticationOnly() {
        return new RouteAccess(Caller.SIGNED_IN, null, false);
    }

    /** The same rule, with authentication failures answered without a challenge ({@link Caller#SIGNED_IN_UNCHALLENGED}). */
    public RouteAccess unchallenged() {
        return new RouteAccess(Caller.SIGNED_IN_UNCHALLENGED, keyScope, triesKeys);
    }

    /** Whether the caller must be authenticated before the route's handler runs. */
    public boolean authenticates() {
        return caller == Caller.SIGNED_IN || caller == Caller.SIGNED_IN_UNCHALLENGED;
    }

    /** Whether an authentication failure is 401 with a challenge, rather than 403 without one. */
    public boolean challenges() {
        return caller != Caller.SIGNED_IN_UNCHALLENGED;
    }

    /** Whether the route answers for any host, not only the allowed ones. */
    public boolean anyHost() {
        return caller == Caller.PROBE;
    }

    /** Whether a wrong method is 405 straight away, without asking who the caller is first. */
    public boolean letsAnyoneIn() {
        return caller == Caller.ANYONE;
    }
}
