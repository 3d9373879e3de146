package dev.burrow.domain.failure;

/** No credentials came with a request that needs them. */
public final class NotAuthenticatedException extends BurrowException {

    public NotAuthenticatedException() {
        super("not_authenticated", "Authentication credentials were not provided.", null);
    }
}
