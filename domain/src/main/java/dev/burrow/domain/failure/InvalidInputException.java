package dev.burrow.domain.failure;

/** The request asked for something the rules do not allow (PostHog's {@code validation_error}). */
public final class InvalidInputException extends BurrowException {

    public InvalidInputException(String code, String detail, String attr) {
        super(code, detail, attr);
    }

    /** Django REST framework's failure for a required field that was not sent. */
    public static InvalidInputException required(String attr) {
        return new InvalidInputException("required", "This field is required.", attr);
    }

    /** A failure with the generic {@code invalid_input} code. */
    public static InvalidInputException invalid(String detail, String attr) {
        return new InvalidInputException("invalid_input", detail, attr);
    }
}
