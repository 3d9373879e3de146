package dev.burrow.domain.failure;

/**
 * A passkey ceremony refused, as PostHog's WebAuthn views refuse one: not in DRF's error format but as a bare
 * {@code {"error": "..."}} with 400, or 404 when the passkey named is not the caller's ({@link #notFound()}).
 */
public final class PasskeyRefusedException extends BurrowException {

    private final boolean notFound;

    private PasskeyRefusedException(String detail, boolean notFound) {
        super("passkey_refused", detail, null);
        this.notFound = notFound;
    }

    /** A ceremony that cannot go on: answered 400. */
    public static PasskeyRefusedException refused(String detail) {
        return new PasskeyRefusedException(detail, false);
    }

    /** A passkey that is not there for the caller: answered 404. */
    public static PasskeyRefusedException notFound(String detail) {
        return new PasskeyRefusedException(detail, true);
    }

    public boolean notFound() {
        return notFound;
    }
}
