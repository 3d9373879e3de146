package dev.burrow.application.throttle;

import dev.burrow.application.actor.Actor;
import dev.burrow.application.actor.Credential;
import dev.burrow.domain.failure.PermissionDeniedException;
import dev.burrow.domain.failure.ThrottledException;
import dev.burrow.domain.session.Session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What PostHog checks before a changing action of its users viewset, in its order (permissions, then throttles):
 * the recent-login gate where the action is behind it, then PostHog's UserAuthenticationThrottle, which lets a
 * user send {@code current_password} at most {@value #PASSWORD_CHECKS} times a minute, so that a stolen session
 * cannot guess its way to the password, and a stale session is told to log in again without being counted. The
 * checks are counted in the shared store, across every instance. Every such use case (the user slice's, the 2FA
 * actions', the start of a GitHub link) runs it first, so a host calling them from Java is held to it as an HTTP
 * caller is. The gates themselves are PostHog's time-sensitive-action rules, here too: a browser session may do
 * sensitive things only within two hours of its user last proving who they are ({@link #requireRecent}), and
 * change the address only within five minutes ({@link #requireFresh}); keys and host identities are not sessions
 * and always pass.
 */
public final class SensitiveActions {

    public static final String CODE = "sensitive_action_required_reauth";
    public static final String DETAIL = "This action requires you to be recently authenticated.";
    public static final String FRESH_DETAIL = "Confirm it's you before changing your email.";

    static final int PASSWORD_CHECKS = 5;
    static final Duration PASSWORD_CHECK_WINDOW = Duration.ofMinutes(1);

    private final RateLimiter limiter;
    private final Clock clock;

    /** The password checks are counted in {@code limiter}, the store every instance shares. */
    public SensitiveActions(RateLimiter limiter, Clock clock) {
        this.limiter = limiter;
        this.clock = clock;
    }

    /**
     * Fails with {@code sensitive_action_required_reauth} when the action is {@code gated} and the login is not
     * recent, then with 429 when {@code currentPasswordSent} is one check too many this minute.
     */
    public void guard(Actor actor, boolean gated, boolean currentPasswordSent) {
        if (gated) {
            requireRecent(actor, clock.instant());
        }
        if (currentPasswordSent) {
            countPasswordCheck(actor);
        }
    }

    private void countPasswordCheck(Actor actor) {
        Optional<Duration> wait = limiter.tryAcquire("user_authentication:" + actor.userId(), PASSWORD_CHECKS,
                PASSWORD_CHECK_WINDOW, clock.instant());
        if (wait.isPresent()) {
            long millis = wait.get().toMillis();
            throw new ThrottledException(Math.max(1, (millis + 999) / 1000));
        }
    }

    /** The recent-login gate: a session must have proved who it is within the last two hours. */
    public static void requireRecent(Actor actor, Instant now) {
        if (actor.credential() instanceof Credential.Session session && !isRecent(session, now)) {
            throw new PermissionDeniedException(CODE, DETAIL);
        }
    }

    /**
     * The stricter rule for changing the email address: the session's user must have proved who they are within
     * the last five minutes (a fresh login counts).
     */
    public static void requireFresh(Actor actor, Instant now) {
        if (actor.credential() instanceof Credential.Session session
                && !now.isBefore(session.authenticatedAt().plus(Session.FRESH_REAUTH_AGE))) {
            throw new PermissionDeniedException(CODE, FRESH_DETAIL);
        }
    }

    /** When sensitive actions stop being allowed for a session, or null for other credentials. */
    public static Instant expiresAt(Actor actor) {
        return actor.credential() instanceof Credential.Session session
                ? session.authenticatedAt().plus(Session.SENSITIVE_ACTIONS_AGE)
                : null;
    }

    private static boolean isRecent(Credential.Session session, Instant now) {
        return now.isBefore(session.authenticatedAt().plus(Session.SENSITIVE_ACTIONS_AGE));
    }
}
