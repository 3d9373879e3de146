package dev.burrow.application.session;

import dev.burrow.application.actor.Actor;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * PostHog's login sessions: where the caller is logged in, and ending those they do not recognise. Ending one is a
 * sensitive action (a login from the last two hours), decided here, so a host calling from Java meets the same gate.
 */
public interface LoginSessionsUseCase {

    /** The caller's unexpired logins: the current one first, then by last activity, newest first. */
    List<LoginSession> list(Actor actor);

    /** Ends the caller's login whose public id is {@code id}; 404 "Login session not found." for any other. */
    void revoke(Actor actor, String id);

    /** Ends every session of the caller's but the current one; how many ended. */
    int revokeOthers(Actor actor);

    /**
     * One login as the list shows it: never its key, address or raw user agent. {@code location} is where its last
     * address is ({@link Geolocation}), null without a GeoIP database.
     */
    record LoginSession(UUID id, Instant createdAt, Instant lastActivity, String location, String device,
                        String loginMethod, boolean current) {
    }
}
