package dev.burrow.http;

import dev.burrow.application.transaction.TransactionRunner;
import dev.burrow.domain.failure.AuthenticationFailedException;
import dev.burrow.domain.failure.NotAuthenticatedException;
import dev.burrow.http.auth.AllowedHosts;
import dev.burrow.http.auth.Authenticator;
import dev.burrow.http.auth.RouteAccess;
import dev.burrow.http.error.ErrorTable;
import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * What stands before a route's handler: the allowed hosts, the checks of its path, the authentication its
 * {@link RouteAccess} asks for, and the one storage connection a request keeps.
 */
final class Guards {

    private final Authenticator authenticator;
    private final ErrorTable errors;
    private final AllowedHosts allowedHosts;
    private final TransactionRunner storage;

    Guards(Authenticator authenticator, ErrorTable errors, AllowedHosts allowedHosts, TransactionRunner storage) {
        this.authenticator = authenticator;
        this.errors = errors;
        this.allowedHosts = allowedHosts;
        this.storage = storage;
    }

    /**
     * The route's handler behind its guards, in the order they run: the host (what links are made of; probes take
     * any), the route's own path checks, then authentication, on one storage connection with the handler.
     */
    Handler guarded(Route route) {
        RouteAccess access = route.access();
        Handler handler = route.handler();
        if (access.authenticates()) {
            handler = access.challenges() ? secured(access, handler) : unchallenged(access, handler);
        }
        handler = route.before().apply(handler);
        return access.anyHost() ? handler : hostChecked(handler);
    }

    private Handler hostChecked(Handler handler) {
        return ctx -> {
            allowedHosts.check(ctx);
            handler.handle(ctx);
        };
    }

    private Handler secured(RouteAccess access, Handler handler) {
        return onOneConnection(ctx -> {
            authenticator.authenticate(ctx, access);
            handler.handle(ctx);
        });
    }

    /**
     * A view that authenticates with Django REST framework's stock session class first, which sends no challenge:
     * DRF then answers its authentication failures with 403 rather than 401, and no {@code WWW-Authenticate}.
     */
    private Handler unchallenged(RouteAccess access, Handler handler) {
        return onOneConnection(ctx -> {
            try {
                authenticator.authenticate(ctx, access);
            } catch (NotAuthenticatedException | AuthenticationFailedException failure) {
                errors.writeUnchallenged(failure, ctx);
                return;
            }
            handler.handle(ctx);
        });
    }

    /**
     * Every statement of the request on one storage connection: borrowing one per statement made the requests of a
     * busy server queue and spin at the pool far longer than their statements took.
     */
    Handler onOneConnection(Handler handler) {
        return ctx -> {
            try {
                storage.onOneConnection(() -> {
                    try {
                        handler.handle(ctx);
                        return null;
                    } catch (Exception e) {
                        throw new HandlerFailure(e);
                    }
                });
            } catch (HandlerFailure wrapped) {
                throw wrapped.failure();
            }
        };
    }

    /** Carries a handler's checked exception out through the storage callback, unchanged. */
    private static final class HandlerFailure extends RuntimeException {
        HandlerFailure(Exception failure) {
            super(null, failure, false, false);
        }

        Exception failure() {
            return (Exception) getCause();
        }
    }
}
