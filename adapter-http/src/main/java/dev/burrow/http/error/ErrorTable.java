package dev.burrow.http.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.burrow.domain.failure.AuthenticationFailedException;
import dev.burrow.domain.failure.BurrowException;
import dev.burrow.domain.failure.ConcurrentUpdateException;
import dev.burrow.domain.failure.ConflictException;
import dev.burrow.domain.failure.InvalidInputException;
import dev.burrow.domain.failure.NotAuthenticatedException;
import dev.burrow.domain.failure.NotFoundException;
import dev.burrow.domain.failure.PasskeyRefusedException;
import dev.burrow.domain.failure.PermissionDeniedException;
import dev.burrow.domain.failure.ThrottledException;
import dev.burrow.domain.failure.UnavailableException;
import dev.burrow.domain.failure.UpstreamException;
import io.javalin.http.ContentType;
import io.javalin.http.Context;

import java.util.Map;

/**
 * The one table from burrow's failures to PostHog's statuses and error types (drf-exceptions-hog's mapping):
 * authentication and permission failures are {@code authentication_error}, bad requests {@code invalid_request},
 * field errors {@code validation_error}, and anything PostHog has no type for (409 included) {@code server_error}.
 */
public final class ErrorTable {

    private static final Map<Class<? extends BurrowException>, Entry> TABLE = Map.of(
            InvalidInputException.class, new Entry(400, "validation_error"),
            NotAuthenticatedException.class, new Entry(401, "authentication_error"),
            AuthenticationFailedException.class, new Entry(401, "authentication_error"),
            PermissionDeniedException.class, new Entry(403, "authentication_error"),
            NotFoundException.class, new Entry(404, "invalid_request"),
            ConflictException.class, new Entry(409, "server_error"),
            ConcurrentUpdateException.class, new Entry(409, "server_error"),
            ThrottledException.class, new Entry(429, "throttled_error"),
            UnavailableException.class, new Entry(503, "server_error"),
            UpstreamException.class, new Entry(502, "server_error"));

    private static final ObjectMapper BODIES = new ObjectMapper();

    /** The request attribute naming the prefix burrow is mounted under, when it is. */
    private static final String MOUNTED_AT = "burrow.mountedAt";
    /** The request attribute holding the error body burrow wrote, for {@link #restore}. */
    private static final String WRITTEN = "burrow.errorBody";

    private final String siteUrl;

    /** {@code siteUrl} names the OAuth resource metadata that 401 challenges point to. */
    public ErrorTable(String siteUrl) {
        this.siteUrl = siteUrl;
    }

    /**
     * Says that {@code ctx} reached burrow mounted under {@code prefix} ({@code "/users-api"}) in a host's app: its
     * challenges then point to the metadata under that prefix, as they point to the root on burrow's own server.
     */
    public static void mountedAt(Context ctx, String prefix) {
        ctx.attribute(MOUNTED_AT, prefix);
    }

    private String wwwAuthenticate(Context ctx) {
        String prefix = ctx.attribute(MOUNTED_AT);
        return "Bearer resource_metadata=\"" + siteUrl + (prefix == null ? "" : prefix)
                + "/.well-known/oauth-protected-resource\"";
    }

    /** Writes {@code failure} as PostHog would, with its status and headers. */
    public void write(BurrowException failure, Context ctx) {
        if (failure instanceof PasskeyRefusedException passkey) {
            writePasskeyRefusal(passkey, ctx);
            return;
        }
        Entry entry = entryFor(failure);
        if (entry.status() == 401) {
            ctx.header("WWW-Authenticate", wwwAuthenticate(ctx));
        }
        if (failure instanceof ThrottledException throttled) {
            ctx.header("Retry-After", Long.toString(throttled.retryAfterSeconds()));
        }
        if (failure instanceof UnavailableException unavailable) {
            ctx.header("Retry-After", Long.toString(unavailable.retryAfterSeconds()));
        }
        write(ctx, entry.status(), new ErrorResponse(entry.type(), failure.code(), failure.detail(), failure.attr()));
    }

    /**
     * Writes {@code failure} as DRF does where the first authentication class sends no challenge: a would-be 401
     * becomes a 403 with the same body and no {@code WWW-Authenticate}.
     */
    public void writeUnchallenged(BurrowException failure, Context ctx) {
        Entry entry = entryFor(failure);
        write(ctx, entry.status() == 401 ? 403 : entry.status(),
                new ErrorResponse(entry.type(), failure.code(), failure.detail(), failure.attr()));
    }

    /** Writes a 401 that did not come from a {@link BurrowException}, with the same challenge. */
    public void writeUnauthorized(Context ctx, ErrorResponse body) {
        ctx.header("WWW-Authenticate", wwwAuthenticate(ctx));
        write(ctx, 401, body);
    }

    /**
     * Writes an error body that did not come from a {@link BurrowException}. With burrow's own mapper, not the
     * app's: mounted in a host's app, the host's JSON settings must not change PostHog's error format.
     */
    public static void write(Context ctx, int status, ErrorResponse body) {
        byte[] bytes;
        try {
            bytes = BODIES.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an error body could not be written", e);
        }
        ctx.status(status).contentType(ContentType.APPLICATION_JSON).result(bytes);
        ctx.attribute(WRITTEN, new Written(status, bytes));
    }

    /**
     * Puts back the error burrow wrote for {@code ctx}, if a handler of the host's app replaced it since: mounted in
     * a host's app, the host's Javalin error pages (by status, for every path) run after burrow answered.
     */
    public static void restore(Context ctx) {
        Written written = ctx.attribute(WRITTEN);
        if (written != null && ctx.statusCode() == written.status()) {
            ctx.contentType(ContentType.APPLICATION_JSON).result(written.body());
        }
    }

    /** PostHog's WebAuthn views answer their refusals as {@code {"error": "..."}}, outside DRF's format. */
    private static void writePasskeyRefusal(PasskeyRefusedException failure, Context ctx) {
        byte[] bytes;
        try {
            bytes = BODIES.writeValueAsBytes(Map.of("error", failure.detail()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an error body could not be written", e);
        }
        int status = failure.notFound() ? 404 : 400;
        ctx.status(status).contentType(ContentType.APPLICATION_JSON).result(bytes);
        ctx.attribute(WRITTEN, new Written(status, bytes));
    }

    /** An error body as burrow wrote it. */
    private record Written(int status, byte[] body) {
    }

    static Entry entryFor(BurrowException failure) {
        Entry entry = TABLE.get(failure.getClass());
        if (entry == null) {
            throw new IllegalStateException("no status for " + failure.getClass().getName());
        }
        return entry;
    }

    record Entry(int status, String type) {
    }
}
