package dev.burrow.application.throttle;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Counts attempts per bucket (an account, a client address, a user's password checks) in a store every server
 * instance shares, so a limit holds for the service, not per process.
 */
public interface RateLimiter {

    /**
     * Records an attempt at {@code now} unless {@code limit} attempts were already recorded within {@code window};
     * when refused, returns how long until the oldest of them falls out of the window. Check and record are one
     * atomic step, so concurrent attempts cannot both slip under the limit.
     */
    Optional<Duration> tryAcquire(String bucket, int limit, Duration window, Instant now);

    /** How many attempts {@code bucket} has recorded since {@code since}. */
    int countSince(String bucket, Instant since);

    /** The most recent attempt of {@code bucket}, if any. */
    Optional<Instant> latest(String bucket);

    void record(String bucket, Instant at);

    void reset(String bucket);

    /**
     * Housekeeping: forgets every attempt of every bucket older than {@code cutoff}, and the buckets left with
     * none, so that what attempts leave behind (a bucket for every address and email ever tried) does not pile up.
     */
    void forgetBefore(Instant cutoff);
}
