package dev.burrow.application.throttle;

import dev.burrow.application.actor.Actor;
import dev.burrow.application.actor.RecentAuthentication;
import dev.burrow.domain.failure.ThrottledException;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * What PostHog checks before a changing action of its users viewset, in its order (permissions, then throttles):
 * the recent-login gate where the action is behind it, then PostHog's UserAuthenticationThrottle, which lets a
 * user send {@code current_password} at most {@value #PASSWORD_CHECKS} times a minute, so that a stolen session
 * cannot guess its way to the password, and a stale session is told to log in again without being counted. The
 * checks are counted in the shared store, across every instance. Every such use case (the user slice's, the 2FA
 * actions', the start of a GitHub link) runs it first, so a host calling them from Java is held to it as an HTTP
 * caller is.
 */
public final class SensitiveActions {

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
            RecentAuthentication.require(actor, clock.instant());
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
}
