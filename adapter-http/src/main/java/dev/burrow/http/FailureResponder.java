package dev.burrow.http;

import dev.burrow.domain.failure.BurrowException;
import dev.burrow.domain.failure.NotAuthenticatedException;
import dev.burrow.http.auth.Authenticator;
import dev.burrow.http.auth.RouteAccess;
import dev.burrow.http.error.ErrorResponse;
import dev.burrow.http.error.ErrorTable;
import dev.burrow.http.error.HttpFailure;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.MethodNotAllowedResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.Supplier;

/**
 * The one mapping from a failure to PostHog's answer: burrow's own with its status, a status Javalin raised with
 * PostHog's body for it (no route is 404 "Endpoint not found."; a wrong method is answered as DRF does), anything
 * else as a 500, logged at ERROR.
 */
final class FailureResponder {

    /** Under {@link HttpApi}'s name, which log settings already know. */
    private static final Logger LOG = LoggerFactory.getLogger(HttpApi.class);

    private final Authenticator authenticator;
    private final ErrorTable errors;

    FailureResponder(Authenticator authenticator, ErrorTable errors) {
        this.authenticator = authenticator;
        this.errors = errors;
    }

    /**
     * Answers {@code failure} of a request to the route whose rule {@code access} gives (null: a path no route
     * declares); the rule is looked up only for a wrong method.
     */
    void answer(Exception failure, Context ctx, Supplier<RouteAccess> access) {
        if (failure instanceof BurrowException burrow) {
            errors.write(burrow, ctx);
        } else if (failure instanceof HttpFailure http) {
            ErrorTable.write(ctx, http.status(), http.body());
        } else if (failure instanceof MethodNotAllowedResponse) {
            methodNotAllowed(ctx, access.get());
        } else if (failure instanceof HttpResponseException response) {
            httpFailure(response, ctx);
        } else {
            LOG.error("Unexpected failure serving {} {}", ctx.method(), ctx.path(), failure);
            ErrorTable.write(ctx, 500, ErrorResponse.SERVER_ERROR);
        }
    }

    /** A path no route declares: PostHog's 404 "Endpoint not found.". */
    void notFound(Context ctx) {
        ErrorTable.write(ctx, 404, JsonErrorHandler.bodyFor(404));
    }

    /**
     * A request whose path is a route's but not its method, answered by the rule {@code access} of the route whose
     * path it is (null: no route declares it, and it is {@link #notFound}).
     */
    void wrongMethod(Context ctx, RouteAccess access) {
        if (access == null) {
            notFound(ctx);
        } else {
            methodNotAllowed(ctx, access);
        }
    }

    /**
     * As in Django REST framework, authentication comes first: an anonymous caller learns nothing but 401 (403 where
     * the route sends no challenge). The routes that let anyone in answer 405 straight away.
     */
    private void methodNotAllowed(Context ctx, RouteAccess access) {
        try {
            boolean anyone = access != null && access.letsAnyoneIn();
            if (!anyone && authenticator.identify(ctx, true).isEmpty()) {
                throw new NotAuthenticatedException();
            }
            ErrorTable.write(ctx, 405, ErrorResponse.methodNotAllowed(ctx.method().name()));
        } catch (BurrowException failure) {
            if (access != null && !access.challenges()) {
                errors.writeUnchallenged(failure, ctx);
            } else {
                errors.write(failure, ctx);
            }
        } catch (HttpFailure failure) {
            ErrorTable.write(ctx, failure.status(), failure.body());
        } catch (HttpResponseException failure) {
            httpFailure(failure, ctx);
        }
    }

    private static void httpFailure(HttpResponseException failure, Context ctx) {
        ErrorTable.write(ctx, failure.getStatus(), JsonErrorHandler.bodyFor(failure.getStatus()));
    }
}
