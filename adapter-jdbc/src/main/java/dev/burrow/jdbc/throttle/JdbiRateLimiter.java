package dev.burrow.jdbc.throttle;

import dev.burrow.application.throttle.RateLimiter;
import dev.burrow.jdbc.database.Database;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Attempt histories in the database, so a limit holds for every server instance. {@link #tryAcquire} checks and
 * records under a lock on the bucket's row ({@code select ... for update}), taken in the caller's transaction or
 * one of its own: a second attempt on the same bucket waits until the first has committed, then counts it. Both
 * PostgreSQL and H2 (in READ COMMITTED, their default) let each statement after the lock see what the previous
 * holder committed.
 *
 * <p>Only housekeeping ({@link #forgetBefore}) deletes buckets' rows, and only those left with no attempt: it locks
 * them first and checks again under the lock, so an attempt that got a bucket's lock before it keeps its row. An
 * attempt that finds its bucket gone meanwhile creates it again.
 */
public final class JdbiRateLimiter implements RateLimiter {

    /** Empty buckets deleted per transaction by housekeeping, and at most this many batches per run. */
    static final int BUCKET_BATCH = 500;
    private static final int MAX_BATCHES = 200;
    private static final int LOCK_ATTEMPTS = 3;

    private final Database database;

    public JdbiRateLimiter(Database database) {
        this.database = database;
    }

    @Override
    public Optional<Duration> tryAcquire(String bucket, int limit, Duration window, Instant now) {
        if (limit < 1) {
            throw new IllegalArgumentException("a limit lets at least one attempt through, got " + limit);
        }
        // Stored as both databases keep time: to the microsecond.
        Instant at = now.truncatedTo(ChronoUnit.MICROS);
        Instant windowStart = at.minus(window);
        return database.inTransaction(() -> {
            if (lock(bucket)) {
                // A bucket this transaction created has no attempt yet: nothing to forget or count.
                database.run(ThrottleQueries.class, queries -> queries.insertEvent(bucket, at));
                return Optional.<Duration>empty();
            }
            // Attempts that can no longer count go as the bucket is used, so its history stays at about twice the
            // limit. One window before the current one is kept, so that countSince and latest over the recent past
            // still see the attempts that just left the window.
            database.run(ThrottleQueries.class, queries -> queries.forget(bucket, windowStart.minus(window)));
            List<Instant> recent = database.call(ThrottleQueries.class,
                    queries -> queries.recent(bucket, windowStart, limit));
            if (recent.size() >= limit) {
                // The limit-th latest attempt is the one whose leaving the window makes room for this one.
                return Optional.of(Duration.between(now, recent.get(limit - 1).plus(window)));
            }
            database.run(ThrottleQueries.class, queries -> queries.insertEvent(bucket, at));
            return Optional.<Duration>empty();
        });
    }

    @Override
    public int countSince(String bucket, Instant since) {
        return database.call(ThrottleQueries.class, queries -> queries.countSince(bucket, since));
    }

    @Override
    public Optional<Instant> latest(String bucket) {
        return database.call(ThrottleQueries.class, queries -> queries.latest(bucket));
    }

    @Override
    public void record(String bucket, Instant at) {
        Instant stored = at.truncatedTo(ChronoUnit.MICROS);
        // Under the bucket's lock, as tryAcquire: housekeeping cannot delete the row under the event.
        database.inTransaction(() -> {
            lock(bucket);
            database.run(ThrottleQueries.class, queries -> queries.insertEvent(bucket, stored));
            return null;
        });
    }

    @Override
    public void reset(String bucket) {
        database.run(ThrottleQueries.class, queries -> queries.reset(bucket));
    }

    /**
     * Neither database can delete just one of several identical rows in portable SQL (no key, no {@code ctid} in
     * H2, no {@code delete ... limit} in PostgreSQL), so this deletes the bucket's attempts at that microsecond and
     * puts back all but one, under the bucket's lock: a concurrent forgiveness of the same instant waits and then
     * sees what this one left, and other transactions see the rows only before or after. A bucket with no row has
     * no attempt to take back, so nothing is created for it.
     */
    @Override
    public void forgive(String bucket, Instant at) {
        Instant stored = at.truncatedTo(ChronoUnit.MICROS);
        database.inTransaction(() -> {
            if (database.call(ThrottleQueries.class, queries -> queries.lockBucket(bucket)).isEmpty()) {
                return null;
            }
            int there = database.call(ThrottleQueries.class, queries -> queries.deleteAt(bucket, stored));
            for (int kept = 1; kept < there; kept++) {
                database.run(ThrottleQueries.class, queries -> queries.insertEvent(bucket, stored));
            }
            return null;
        });
    }

    /**
     * Deletes the attempts older than {@code cutoff}, then the buckets left with none, a batch at a time: each
     * batch is locked, then deleted only where no attempt arrived meanwhile (a new statement, after the locks,
     * sees what those attempts committed).
     */
    @Override
    public void forgetBefore(Instant cutoff) {
        database.run(ThrottleQueries.class, queries -> queries.forgetBefore(cutoff));
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            int found = database.inTransaction(() -> {
                List<String> empty = database.call(ThrottleQueries.class,
                        queries -> queries.emptyBuckets(BUCKET_BATCH));
                if (!empty.isEmpty()) {
                    database.run(ThrottleQueries.class, queries -> queries.lockBuckets(empty));
                    database.run(ThrottleQueries.class, queries -> queries.deleteIfEmpty(empty));
                }
                return empty.size();
            });
            if (found < BUCKET_BATCH) {
                return;
            }
        }
    }

    /**
     * Holds the bucket's row until the transaction ends, creating it on the bucket's first attempt, or again when
     * housekeeping deleted it between the two; true when this transaction created it (so it has no attempt yet).
     * A bucket there is costs its lock; a new one the lock that finds nothing and the insert, with no savepoint.
     */
    private boolean lock(String bucket) {
        for (int attempt = 0; attempt < LOCK_ATTEMPTS; attempt++) {
            if (database.call(ThrottleQueries.class, queries -> queries.lockBucket(bucket)).isPresent()) {
                return false;
            }
            if (database.call(ThrottleQueries.class, queries -> queries.insertBucket(bucket)) == 1) {
                return true;
            }
        }
        throw new IllegalStateException("bucket " + bucket + " vanished " + LOCK_ATTEMPTS + " times while locked");
    }
}
