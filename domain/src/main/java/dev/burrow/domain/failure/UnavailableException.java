package dev.burrow.domain.failure;

/** A resource burrow depends on (a pool, a database, an upstream service) cannot serve the request right now. */
public final class UnavailableException extends BurrowException {

    private final long retryAfterSeconds;

    public UnavailableException(String code, String detail, long retryAfterSeconds) {
        super(code, detail, null);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
