package dev.burrow.application.twofactor;

import dev.burrow.application.actor.Actor;
import dev.burrow.application.actor.Credential;
import dev.burrow.domain.failure.PermissionDeniedException;
import dev.burrow.domain.twofactor.TwoFactorSetup;

import java.util.Optional;

/**
 * Where setups live: in the caller's browser session. Starting, showing and confirming a setup all find it here.
 */
final class SetupSessions {

    static final String NO_KEYS = "This action does not support personal API key access";
    static final String NO_HOST_CALLERS = "Setting up two-factor authentication needs a session logged in to burrow "
            + "itself (POST /api/login/).";

    private SetupSessions() {
    }

    /** The setup pending in the caller's session, unless it has expired. */
    static Optional<TwoFactorSetup> livePendingSetup(TwoFactorPorts ports, Actor actor) {
        return ports.setups().ofSession(sessionOf(actor)).filter(setup -> !setup.isExpiredAt(ports.clock().instant()));
    }

    /**
     * Setups belong to a browser session: other credentials have none to keep them in. A key gets PostHog's
     * refusal; a caller a host vouches for is told what is missing.
     */
    static String sessionOf(Actor actor) {
        if (actor.credential() instanceof Credential.Session session) {
            return session.sessionId();
        }
        if (actor.credential() instanceof Credential.Host) {
            throw new PermissionDeniedException(NO_HOST_CALLERS);
        }
        throw new PermissionDeniedException(NO_KEYS);
    }
}
