package dev.burrow.domain.failure;

/** The request contradicts the current state of the data (PostHog's 409 {@code conflict}). */
public final class ConflictException extends BurrowException {

    public ConflictException(String detail) {
        super("conflict", detail, null);
    }
}
