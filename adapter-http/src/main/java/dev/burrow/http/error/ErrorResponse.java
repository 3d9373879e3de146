package dev.burrow.http.error;

/** PostHog's error body: {@code {"type", "code", "detail", "attr"}}. */
public record ErrorResponse(String type, String code, String detail, String attr) {

    public static final ErrorResponse SERVER_ERROR =
            new ErrorResponse("server_error", "error", "A server error occurred.", null);

    public static ErrorResponse endpointNotFound() {
        return new ErrorResponse("invalid_request", "not_found", "Endpoint not found.", null);
    }

    public static ErrorResponse methodNotAllowed(String method) {
        return new ErrorResponse("invalid_request", "method_not_allowed", "Method \"" + method + "\" not allowed.",
                null);
    }
}
