package dev.burrow.application.auth;

import dev.burrow.application.actor.Actor;
import dev.burrow.domain.session.CsrfSecret;

import java.util.Optional;

/** Turns the key in a session cookie into the {@link Actor} it stands for. */
public interface AuthenticateSessionUseCase {

    /** The actor and the session's CSRF secret, or empty for an unknown, expired or half-finished session. */
    Optional<AuthenticatedSession> authenticate(String sessionKey);

    /**
     * As {@link #authenticate(String)}, and notes the session's activity from {@code client}: at most once per
     * {@code Session.ACTIVITY_INTERVAL} per session across every instance, so that most requests write nothing.
     */
    Optional<AuthenticatedSession> authenticate(String sessionKey, Client client);

    /** Where a request comes from: the client's address and its raw user agent (only the device name is kept). */
    record Client(String address, String userAgent) {
    }

    /** A live session: who it is, and the secret its state-changing requests must echo. */
    record AuthenticatedSession(Actor actor, CsrfSecret csrfSecret) {
    }
}
