package dev.burrow.application.auth;

import dev.burrow.application.actor.Actor;
import dev.burrow.domain.session.CsrfSecret;

import java.util.Optional;

/** Turns the key in a session cookie into the {@link Actor} it stands for. */
public interface AuthenticateSessionUseCase {

    /** The actor and the session's CSRF secret, or empty for an unknown, expired or half-finished session. */
    Optional<AuthenticatedSession> authenticate(String sessionKey);

    /**
     * As {@link #authenticate(String)}; {@code withProfile}: the actor carries the rest of the user's profile, read
     * in the same round trip (for a request that answers with it).
     */
    default Optional<AuthenticatedSession> authenticate(String sessionKey, boolean withProfile) {
        return authenticate(sessionKey);
    }

    /** A live session: who it is, and the secret its state-changing requests must echo. */
    record AuthenticatedSession(Actor actor, CsrfSecret csrfSecret) {
    }
}
