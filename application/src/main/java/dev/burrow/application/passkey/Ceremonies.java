package dev.burrow.application.passkey;

import dev.burrow.application.actor.Actor;
import dev.burrow.application.actor.Credential;
import dev.burrow.domain.failure.PermissionDeniedException;
import dev.burrow.domain.passkey.PasskeyChallenge;
import dev.burrow.domain.user.UserId;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a ceremony's challenge waits and how it is taken back: issued for a holder (a session, a pending login, a
 * browser's passkey login), taken exactly once whatever follows, and good only until it expires. Expired ones are
 * swept as new ones are issued.
 */
record Ceremonies(PasskeyPorts ports) {

    static final String NO_KEYS = "This action does not support personal API key access";
    static final String NO_HOST_CALLERS = "Passkeys need a session logged in to burrow itself (POST /api/login/).";

    /** Passkeys are managed from a browser session: other credentials have none to keep a challenge in. */
    static String sessionOf(Actor actor) {
        if (actor.credential() instanceof Credential.Session session) {
            return session.sessionId();
        }
        if (actor.credential() instanceof Credential.Host) {
            throw new PermissionDeniedException(NO_HOST_CALLERS);
        }
        throw new PermissionDeniedException(NO_KEYS);
    }

    PasskeyChallenge issue(String holder, PasskeyChallenge.Ceremony ceremony, UserId userId, UUID credential) {
        Instant now = ports.clock().instant();
        ports.challenges().deleteExpired(now);
        PasskeyChallenge challenge = PasskeyChallenge.issue(holder, ceremony, userId, credential, now,
                ports.random());
        ports.challenges().put(challenge);
        return challenge;
    }

    /** The holder's live challenge for {@code ceremony}, taken: it cannot be answered twice. */
    Optional<PasskeyChallenge> take(String holder, PasskeyChallenge.Ceremony ceremony) {
        Instant now = ports.clock().instant();
        return ports.challenges().take(holder, ceremony).filter(challenge -> challenge.isLiveAt(now));
    }
}
