package dev.burrow.domain.failure;

/** Credentials came with the request but do not identify an active user. */
public final class AuthenticationFailedException extends BurrowException {

    public AuthenticationFailedException(String detail) {
        super("authentication_failed", detail, null);
    }
}
