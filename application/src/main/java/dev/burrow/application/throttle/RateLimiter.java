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
     * Takes back one attempt: removes at most one of {@code bucket}'s attempts recorded at {@code at}, the instant
     * given to {@link #tryAcquire} or {@link #record}, compared as the store keeps instants (a store that keeps
     * them to the microsecond compares them truncated to the microsecond). Other attempts at the same instant stay,
     * so two attempts that happened to share it still count once each after one of them is taken back. Nothing
     * happens when the bucket has no attempt at {@code at}. A limit that counts only failures records every attempt
     * up front with {@link #tryAcquire}, atomically, and forgives the attempt once it turns out to have succeeded.
     */
    void forgive(String bucket, Instant at);

    /**
     * Housekeeping: forgets every attempt of every bucket older than {@code cutoff}, and the buckets left with
     * none, so that what attempts leave behind (a bucket for every address and email ever tried) does not pile up.
     */
    void forgetBefore(Instant cutoff);
}
