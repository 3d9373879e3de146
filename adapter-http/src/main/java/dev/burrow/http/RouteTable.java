package dev.burrow.http;

import dev.burrow.http.auth.RouteAccess;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The routes {@link HttpApi} declares, in its order: a path two templates match (as {@code
 * /api/users/verify_email} and {@code /api/users/{uuid}}) belongs to the one declared first, as in PostHog's router.
 */
final class RouteTable {

    private final List<Route> routes = new ArrayList<>();

    void get(String path, RouteAccess access, Handler handler) {
        get(path, access, handler, UnaryOperator.identity());
    }

    /** A route whose path {@code before} checks before anyone is authenticated. */
    void get(String path, RouteAccess access, Handler handler, UnaryOperator<Handler> before) {
        routes.add(new Route(HandlerType.GET, path, access, handler, before));
    }

    void post(String path, RouteAccess access, Handler handler) {
        routes.add(new Route(HandlerType.POST, path, access, handler, UnaryOperator.identity()));
    }

    void patch(String path, RouteAccess access, Handler handler) {
        routes.add(new Route(HandlerType.PATCH, path, access, handler, UnaryOperator.identity()));
    }

    void put(String path, RouteAccess access, Handler handler) {
        routes.add(new Route(HandlerType.PUT, path, access, handler, UnaryOperator.identity()));
    }

    void delete(String path, RouteAccess access, Handler handler) {
        delete(path, access, handler, UnaryOperator.identity());
    }

    /** A route whose path {@code before} checks before anyone is authenticated. */
    void delete(String path, RouteAccess access, Handler handler, UnaryOperator<Handler> before) {
        routes.add(new Route(HandlerType.DELETE, path, access, handler, before));
    }

    List<Route> routes() {
        return List.copyOf(routes);
    }

    /** Who may call the route at {@code path} (a request's path, under {@code prefix}), whatever its method. */
    Optional<RouteAccess> accessAt(String prefix, String path) {
        return routes.stream().filter(route -> route.matches(prefix, path)).findFirst().map(Route::access);
    }
}
