package dev.burrow.http.error;

/** A failure of the request itself, found before any use case runs: unreadable bodies, unknown routes. */
public final class HttpFailure extends RuntimeException {

    private final int status;
    private final ErrorResponse body;

    public HttpFailure(int status, ErrorResponse body) {
        super(body.detail(), null, false, false);
        this.status = status;
        this.body = body;
    }

    public static HttpFailure parseError(String detail) {
        return new HttpFailure(400, new ErrorResponse("invalid_request", "parse_error", detail, null));
    }

    public static HttpFailure endpointNotFound() {
        return new HttpFailure(404, ErrorResponse.endpointNotFound());
    }

    public int status() {
        return status;
    }

    public ErrorResponse body() {
        return body;
    }
}
