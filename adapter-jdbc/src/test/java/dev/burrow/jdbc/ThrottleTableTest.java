package dev.burrow.jdbc;

import dev.burrow.application.throttle.RateLimiter;
import dev.burrow.jdbc.JdbcTesting.TwoInstances;
import dev.burrow.jdbc.testing.TestStorage;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import static dev.burrow.jdbc.JdbcTesting.atOnce;
import static dev.burrow.jdbc.JdbcTesting.rowsOf;
import static org.assertj.core.api.Assertions.assertThat;

/** The rate limiter's table: limits hold across server instances, and housekeeping forgets what no limit can see. */
class ThrottleTableTest {

    @OnBothDatabases
    void a_rate_limit_holds_across_server_instances(Supplier<TestStorage> database) throws Exception {
        try (TestStorage test = database.get();
             TwoInstances servers = new TwoInstances(test)) {
            List<RateLimiter> instances = servers.each(JdbcStorage::rateLimiter);
            Instant now = Instant.parse("2026-11-28T12:00:00Z");
            // A new bucket each round, so that its first attempts also race to create its row.
            for (int round = 0; round < 5; round++) {
                String bucket = "race:" + round;
                List<Callable<Optional<Duration>>> attempts = new ArrayList<>();
                for (int i = 0; i < 24; i++) {
                    RateLimiter instance = instances.get(i % 2);
                    attempts.add(() -> instance.tryAcquire(bucket, 7, Duration.ofMinutes(1), now));
                }
                long passed = atOnce(attempts).stream().filter(Optional::isEmpty).count();

                assertThat(passed).as(bucket).isEqualTo(7);
                assertThat(test.persistence().rateLimiter().countSince(bucket, now.minusSeconds(1))).isEqualTo(7);
            }
        }
    }

    /**
     * Housekeeping deletes buckets left without attempts while attempts on those very buckets arrive from another
     * instance: every attempt passes and is still counted afterwards (none is deleted with its bucket's row).
     */
    @OnBothDatabases
    void housekeeping_racing_attempts_loses_none_of_them(Supplier<TestStorage> database) throws Exception {
        try (TestStorage test = database.get();
             TwoInstances servers = new TwoInstances(test)) {
            RateLimiter housekeeper = servers.storages().get(0).rateLimiter();
            RateLimiter attempts = servers.storages().get(1).rateLimiter();
            Instant now = Instant.parse("2026-11-28T12:00:00Z");
            for (int round = 0; round < 5; round++) {
                List<String> buckets = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    buckets.add("idle:" + round + ":" + i);
                    attempts.record(buckets.get(i), now.minus(Duration.ofDays(2)));
                }
                List<Callable<Boolean>> racing = new ArrayList<>();
                for (int i = 0; i < buckets.size(); i++) {
                    String bucket = buckets.get(i);
                    if (i % 5 == 0) {
                        racing.add(() -> {
                            housekeeper.forgetBefore(now.minus(Duration.ofDays(1)));
                            return true;
                        });
                    }
                    racing.add(() -> attempts.tryAcquire(bucket, 1, Duration.ofMinutes(1), now).isEmpty());
                }

                assertThat(atOnce(racing)).containsOnly(true);
                for (String bucket : buckets) {
                    assertThat(attempts.countSince(bucket, now.minusSeconds(1))).as(bucket).isOne();
                    assertThat(attempts.countSince(bucket, now.minus(Duration.ofDays(3)))).as(bucket).isOne();
                }
            }
        }
    }

    @OnBothDatabases
    void a_bucket_forgets_attempts_its_limit_can_no_longer_see(Supplier<TestStorage> database) throws SQLException {
        try (TestStorage test = database.get()) {
            RateLimiter limiter = test.persistence().rateLimiter();
            Instant start = Instant.parse("2026-11-28T12:00:00Z");
            Duration window = Duration.ofMinutes(1);
            for (int i = 0; i < 3; i++) {
                limiter.tryAcquire("a", 3, window, start.plusSeconds(i));
                limiter.tryAcquire("b", 3, window, start.plusSeconds(i));
            }

            assertThat(limiter.tryAcquire("a", 3, window, start.plus(window.multipliedBy(3)))).isEmpty();

            assertThat(rowsOf(test, "throttle_events", "bucket", "a")).isOne();
            assertThat(rowsOf(test, "throttle_events", "bucket", "b")).isEqualTo(3);
        }
    }
}
