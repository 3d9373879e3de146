package dev.burrow.http;

import dev.burrow.http.error.ErrorResponse;
import dev.burrow.http.json.Json;
import io.javalin.http.HttpStatus;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Locale;

/**
 * Errors Jetty raises before a request reaches burrow's routes (a malformed URI or header, headers or a URI too
 * large, a method that is not a token, an HTTP version it does not speak) in PostHog's JSON error format rather
 * than Jetty's HTML page or an empty body, whatever the request's method.
 */
public final class JsonErrorHandler extends ErrorHandler {

    private static final HttpField JSON = new HttpField(HttpHeader.CONTENT_TYPE, "application/json");

    /** PostHog's body for a bare HTTP status: its reason phrase as code and detail. */
    public static ErrorResponse bodyFor(int status) {
        if (status == 404) {
            return ErrorResponse.endpointNotFound();
        }
        String reason = HttpStatus.forStatus(status).getMessage();
        return new ErrorResponse(status >= 500 ? "server_error" : "invalid_request",
                reason.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_"), reason + ".", null);
    }

    /**
     * Every method gets its body, not only GET, POST and HEAD as in Jetty's default: a PATCH or DELETE to a URI
     * Jetty refuses was answered with an empty 400, which no PostHog client can read.
     */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        response.getHeaders().put(JSON);
        response.write(true, ByteBuffer.wrap(bytes(code)), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(JSON);
        return ByteBuffer.wrap(bytes(status));
    }

    private static byte[] bytes(int status) {
        try {
            return Json.mapper().writeValueAsBytes(bodyFor(status));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
