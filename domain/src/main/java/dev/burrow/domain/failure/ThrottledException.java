package dev.burrow.domain.failure;

/** The caller has used up its allowance for now; it may try again after {@link #retryAfterSeconds()}. */
public final class ThrottledException extends BurrowException {

    private final long retryAfterSeconds;

    public ThrottledException(long retryAfterSeconds) {
        super("throttled", "Request was throttled. Expected available in " + retryAfterSeconds
                + (retryAfterSeconds == 1 ? " second." : " seconds."), null);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
