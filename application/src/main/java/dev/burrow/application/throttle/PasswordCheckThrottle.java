package dev.burrow.application.throttle;

import dev.burrow.application.actor.Actor;
import dev.burrow.domain.failure.ThrottledException;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * PostHog's UserAuthenticationThrottle: a user may send {@code current_password} at most five times a minute, so
 * a stolen session cannot guess its way to the password. Counted in the shared store, across every instance. Use
 * cases reach it through {@link SensitiveActions}, which puts the recent-login gate before it.
 */
final class PasswordCheckThrottle {

    static final int LIMIT = 5;
    static final Duration WINDOW = Duration.ofMinutes(1);

    private final RateLimiter limiter;
    private final Clock clock;

    PasswordCheckThrottle(RateLimiter limiter, Clock clock) {
        this.limiter = limiter;
        this.clock = clock;
    }

    /**
     * Counts one request carrying {@code current_password}, or fails with 429 when the user is over the limit. A
     * caller counts it once the recent-login gate, if any, has let the caller through.
     */
    void count(Actor actor) {
        Optional<Duration> wait = limiter.tryAcquire("user_authentication:" + actor.userId(), LIMIT, WINDOW,
                clock.instant());
        if (wait.isPresent()) {
            long millis = wait.get().toMillis();
            throw new ThrottledException(Math.max(1, (millis + 999) / 1000));
        }
    }
}
