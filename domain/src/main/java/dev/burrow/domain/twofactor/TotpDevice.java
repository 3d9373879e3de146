package dev.burrow.domain.twofactor;

import dev.burrow.domain.user.UserId;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * A user's confirmed TOTP authenticator. It remembers the last time step it accepted, so a code is never accepted
 * twice, and after wrong codes it refuses further tries for 1, 2, 4, ... seconds, as django-otp throttles. The
 * store applies an accepted step or a failure atomically, since two logins may race with the same code.
 */
public final class TotpDevice {

    public static final int TOLERANCE = 1;
    /** The cool-down stops doubling here, so a run of wrong guesses cannot shut the owner out for days. */
    public static final Duration MAX_DELAY = Duration.ofMinutes(5);

    private final UserId userId;
    private final TotpSecret secret;
    private final long lastStep;
    private final int failures;
    private final Instant lastFailureAt;
    private final Instant createdAt;

    private TotpDevice(UserId userId, TotpSecret secret, long lastStep, int failures, Instant lastFailureAt,
                       Instant createdAt) {
        this.userId = Objects.requireNonNull(userId, "userId");
        this.secret = Objects.requireNonNull(secret, "secret");
        this.lastStep = lastStep;
        this.failures = failures;
        this.lastFailureAt = lastFailureAt;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** A device confirmed by a code from {@code step}, which can therefore not be used again. */
    public static TotpDevice confirmed(UserId userId, TotpSecret secret, long step, Instant now) {
        return new TotpDevice(userId, secret, step, 0, null, now.truncatedTo(ChronoUnit.MICROS));
    }

    public static TotpDevice restore(UserId userId, TotpSecret secret, long lastStep, int failures,
                                     Instant lastFailureAt, Instant createdAt) {
        return new TotpDevice(userId, secret, lastStep, failures, lastFailureAt, createdAt);
    }

    /** Whether a code may be tried at {@code now}, or the device is still cooling down after a wrong one. */
    public boolean allowsAttemptAt(Instant now) {
        if (failures == 0 || lastFailureAt == null) {
            return true;
        }
        long delay = Math.min(1L << Math.min(failures - 1, 30), MAX_DELAY.toSeconds());
        return !now.isBefore(lastFailureAt.plus(Duration.ofSeconds(delay)));
    }

    /**
     * The time step whose code {@code token} is, within one step of {@code now}, if it is later than the last
     * accepted one: a code that was accepted once is never accepted again.
     */
    public OptionalLong acceptableStep(String token, Instant now) {
        OptionalLong step = Totp.matchingStep(secret, token, Totp.step(now), TOLERANCE);
        return step.isPresent() && step.getAsLong() > lastStep ? step : OptionalLong.empty();
    }

    public UserId userId() {
        return userId;
    }

    public TotpSecret secret() {
        return secret;
    }

    public long lastStep() {
        return lastStep;
    }

    public int failures() {
        return failures;
    }

    public Instant lastFailureAt() {
        return lastFailureAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TotpDevice that && userId.equals(that.userId) && secret.equals(that.secret)
                && lastStep == that.lastStep && failures == that.failures
                && Objects.equals(lastFailureAt, that.lastFailureAt) && createdAt.equals(that.createdAt);
    }

    @Override
    public int hashCode() {
        return userId.hashCode();
    }

    @Override
    public String toString() {
        return "TotpDevice[user=" + userId + ", lastStep=" + lastStep + ", failures=" + failures + "]";
    }
}
