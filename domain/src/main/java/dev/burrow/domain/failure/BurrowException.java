package dev.burrow.domain.failure;

/**
 * The root of every failure burrow reports to a caller. Each kind carries a stable {@link #code()} (PostHog's error
 * code) and, for field errors, the offending field ({@link #attr()}); adapters map the kinds to their wire format.
 */
public abstract sealed class BurrowException extends RuntimeException
        permits InvalidInputException, NotAuthenticatedException, AuthenticationFailedException,
                PermissionDeniedException, NotFoundException, ConflictException, ThrottledException,
                ConcurrentUpdateException, UnavailableException, UpstreamException,
                PasskeyRefusedException {

    private final String code;
    private final String attr;

    protected BurrowException(String code, String detail, String attr) {
        super(detail, null, false, false);
        this.code = code;
        this.attr = attr;
    }

    /** PostHog's error code, e.g. {@code invalid_input} or {@code permission_denied}. */
    public String code() {
        return code;
    }

    /** The human-readable detail shown to the client. */
    public String detail() {
        return getMessage();
    }

    /** The field the failure is about, or {@code null} when it is not about one field. */
    public String attr() {
        return attr;
    }
}
