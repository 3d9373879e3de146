package dev.burrow.application.throttle;

import dev.burrow.application.actor.Actor;
import dev.burrow.application.actor.RecentAuthentication;
import dev.burrow.domain.failure.ThrottledException;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * PostHog's UserAuthenticationThrottle: a user may send {@code current_password} at most five times a minute, so
 * a stolen session cannot guess its way to the password. Counted in the shared store, across every instance.
 */
public final class PasswordCheckThrottle {

    public static final int LIMIT = 5;
    public static final Duration WINDOW = Duration.ofMinutes(1);

    private final RateLimiter limiter;
    private final Clock clock;

    public PasswordCheckThrottle(RateLimiter limiter, Clock clock) {
        this.limiter = limiter;
        this.clock = clock;
    }

    /**
     * Counts one request carrying {@code current_password}, or fails with 429 when the user is over the limit.
     * For an action behind the recent-login gate ({@code gated}), the gate is checked first, as Django REST
     * framework checks permissions before throttles: a stale session is told to log in again and not counted.
     */
    public void count(Actor actor, boolean gated) {
        if (gated) {
            RecentAuthentication.require(actor, clock.instant());
        }
        count(actor);
    }

    /**
     * Counts one request carrying {@code current_password}, or fails with 429 when the user is over the limit. A
     * use case calls it once its own recent-login gate, if any, has let the caller through.
     */
    public void count(Actor actor) {
        Optional<Duration> wait = limiter.tryAcquire("user_authentication:" + actor.userId(), LIMIT, WINDOW,
                clock.instant());
        if (wait.isPresent()) {
            long millis = wait.get().toMillis();
            throw new ThrottledException(Math.max(1, (millis + 999) / 1000));
        }
    }
}
