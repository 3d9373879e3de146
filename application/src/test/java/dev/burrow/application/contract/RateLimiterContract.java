package dev.burrow.application.contract;

import dev.burrow.application.throttle.RateLimiter;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link RateLimiter} must do. */
public abstract class RateLimiterContract extends PersistenceContract {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    private static final Duration MINUTE = Duration.ofMinutes(1);

    private RateLimiter limiter() {
        return persistence.rateLimiter();
    }

    @Test
    void attempts_within_the_limit_pass_and_the_next_waits_for_the_oldest_to_leave_the_window() {
        for (int i = 0; i < 5; i++) {
            assertThat(limiter().tryAcquire("user:1", 5, MINUTE, NOW.plusSeconds(i))).isEmpty();
        }

        assertThat(limiter().tryAcquire("user:1", 5, MINUTE, NOW.plusSeconds(10))).contains(Duration.ofSeconds(50));
        assertThat(limiter().tryAcquire("user:2", 5, MINUTE, NOW.plusSeconds(10))).isEmpty();
        assertThat(limiter().tryAcquire("user:1", 5, MINUTE, NOW.plusSeconds(61))).isEmpty();
        assertThat(limiter().countSince("user:1", NOW.minusSeconds(1))).isEqualTo(6);
    }

    @Test
    void counts_latest_and_reset_are_per_bucket() {
        limiter().record("login:a", NOW.minusSeconds(700));
        limiter().record("login:a", NOW.minusSeconds(30));
        limiter().record("login:a", NOW.minusSeconds(20));
        limiter().record("login:b", NOW.minusSeconds(5));

        assertThat(limiter().countSince("login:a", NOW.minusSeconds(600))).isEqualTo(2);
        assertThat(limiter().latest("login:a")).contains(NOW.minusSeconds(20));
        assertThat(limiter().latest("login:c")).isEmpty();

        limiter().reset("login:a");

        assertThat(limiter().countSince("login:a", NOW.minusSeconds(6000))).isZero();
        assertThat(limiter().countSince("login:b", NOW.minusSeconds(6000))).isOne();
    }

    @Test
    void forgiving_takes_back_one_attempt_of_that_bucket_at_that_instant() {
        // Nanoseconds as a clock gives them: a store that keeps microseconds must still find the attempt.
        Instant at = NOW.plusNanos(123_456_789);
        assertThat(limiter().tryAcquire("login:a", 3, MINUTE, at)).isEmpty();
        assertThat(limiter().tryAcquire("login:a", 3, MINUTE, at)).isEmpty();
        limiter().record("login:a", NOW.minusSeconds(5));
        limiter().record("login:b", at);
        assertThat(limiter().tryAcquire("login:a", 3, MINUTE, at)).isPresent();

        limiter().forgive("login:a", at);

        assertThat(limiter().countSince("login:a", NOW.minusSeconds(60))).isEqualTo(2);
        assertThat(limiter().countSince("login:b", NOW.minusSeconds(60))).isOne();
        assertThat(limiter().tryAcquire("login:a", 3, MINUTE, at)).isEmpty();

        limiter().forgive("login:a", at);
        limiter().forgive("login:a", at);
        limiter().forgive("login:a", at);

        assertThat(limiter().countSince("login:a", NOW.minusSeconds(60))).isOne();
        assertThat(limiter().latest("login:a")).contains(NOW.minusSeconds(5));
        assertThat(limiter().countSince("login:b", NOW.minusSeconds(60))).isOne();
    }

    @Test
    void forgiving_an_instant_with_no_attempt_changes_nothing() {
        limiter().record("login:a", NOW);

        limiter().forgive("login:a", NOW.plusSeconds(1));
        limiter().forgive("login:a", NOW.minusNanos(1000));
        limiter().forgive("login:none", NOW);

        assertThat(limiter().countSince("login:a", NOW.minusSeconds(60))).isOne();
        assertThat(limiter().latest("login:none")).isEmpty();
        assertThat(storedBuckets()).isOne();
    }

    @Test
    void concurrent_forgiveness_of_one_instant_takes_back_one_attempt_each() throws Exception {
        for (int i = 0; i < 12; i++) {
            limiter().record("race", NOW);
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Void>> forgiving = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                forgiving.add(() -> {
                    limiter().forgive("race", NOW);
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(forgiving, 1, TimeUnit.MINUTES)) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(limiter().countSince("race", NOW.minusSeconds(1))).isEqualTo(4);
    }

    @Test
    void old_attempts_of_every_bucket_can_be_forgotten() {
        limiter().record("login:a", NOW.minusSeconds(90));
        limiter().record("login:a", NOW.minusSeconds(10));
        limiter().record("login:b", NOW.minusSeconds(90));

        limiter().forgetBefore(NOW.minusSeconds(60));

        assertThat(limiter().countSince("login:a", NOW.minusSeconds(600))).isOne();
        assertThat(limiter().countSince("login:b", NOW.minusSeconds(600))).isZero();
        assertThat(limiter().tryAcquire("login:b", 1, MINUTE, NOW)).isEmpty();
    }

    @Test
    void housekeeping_deletes_the_buckets_it_leaves_without_attempts() {
        limiter().record("login:a", NOW.minusSeconds(90));
        limiter().record("login:b", NOW.minusSeconds(90));
        limiter().record("login:b", NOW.minusSeconds(10));
        assertThat(limiter().tryAcquire("login:c", 1, MINUTE, NOW.minusSeconds(80))).isEmpty();
        assertThat(storedBuckets()).isEqualTo(3);

        limiter().forgetBefore(NOW.minusSeconds(60));

        assertThat(storedBuckets()).isOne();
        assertThat(limiter().countSince("login:b", NOW.minusSeconds(600))).isOne();
        // A bucket housekeeping deleted comes back with its next attempt, and counts from scratch.
        assertThat(limiter().tryAcquire("login:a", 1, MINUTE, NOW)).isEmpty();
        assertThat(limiter().tryAcquire("login:a", 1, MINUTE, NOW)).isPresent();
        assertThat(storedBuckets()).isEqualTo(2);
    }

    /** How many buckets the store holds, rows and all, whether or not they have attempts left. */
    protected abstract int storedBuckets();

    @Test
    void concurrent_attempts_never_slip_past_the_limit() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Optional<Duration>>> attempts = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                attempts.add(() -> persistence.transactions().inTransaction(
                        () -> limiter().tryAcquire("race", 5, MINUTE, NOW)));
            }
            int passed = 0;
            for (Future<Optional<Duration>> attempt : pool.invokeAll(attempts, 1, TimeUnit.MINUTES)) {
                if (attempt.get().isEmpty()) {
                    passed++;
                }
            }
            assertThat(passed).isEqualTo(5);
        } finally {
            pool.shutdownNow();
        }
    }
}
