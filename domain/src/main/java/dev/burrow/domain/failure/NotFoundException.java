package dev.burrow.domain.failure;

/** The thing asked for does not exist, or the caller may not know that it does. */
public final class NotFoundException extends BurrowException {

    public NotFoundException() {
        this("Not found.");
    }

    public NotFoundException(String detail) {
        super("not_found", detail, null);
    }
}
