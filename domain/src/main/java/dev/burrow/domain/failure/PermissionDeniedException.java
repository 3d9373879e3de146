package dev.burrow.domain.failure;

/** The caller is known but may not do this. */
public final class PermissionDeniedException extends BurrowException {

    public static final String DEFAULT_DETAIL = "You do not have permission to perform this action.";

    public PermissionDeniedException(String detail) {
        this("permission_denied", detail);
    }

    public PermissionDeniedException(String code, String detail) {
        super(code, detail, null);
    }
}
