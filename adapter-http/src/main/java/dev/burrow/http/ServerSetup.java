package dev.burrow.http;

import dev.burrow.http.auth.RouteAccess;
import dev.burrow.http.error.ErrorTable;
import dev.burrow.http.json.Json;
import io.javalin.config.JavalinConfig;
import io.javalin.config.JavalinState;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import io.javalin.plugin.Plugin;
import org.eclipse.jetty.http.UriCompliance;

import java.util.List;

/**
 * Puts the route table into Javalin, as burrow's own server or mounted in a host's app: every route behind its
 * {@link Guards} and answering its own failures ({@link FailureResponder}), and every request under burrow's routes
 * named, marked {@code nosniff} and {@code no-store}, logged and measured.
 */
final class ServerSetup {

    /**
     * Django routes a path whatever bytes its segments hold (a {@code %ff} that is not UTF-8, a {@code <}), and the
     * view's rules answer; Jetty's default refuses them with a bare 400 before any route. These are let through to
     * the routes; what is ambiguous ({@code %2f}, {@code ;} parameters) stays refused, and so does a {@code %} that
     * is no escape, which Jetty cannot decode.
     */
    private static final UriCompliance PATHS_AS_DJANGO_READS = UriCompliance.DEFAULT.with("burrow",
            UriCompliance.Violation.BAD_UTF8_ENCODING, UriCompliance.Violation.TRUNCATED_UTF8_ENCODING,
            UriCompliance.Violation.ILLEGAL_PATH_CHARACTERS);

    /** The methods answered under the prefix when no route takes them: every one burrow's routes use, and OPTIONS. */
    private static final List<HandlerType> UNROUTED_METHODS = List.of(HandlerType.GET, HandlerType.POST,
            HandlerType.PUT, HandlerType.PATCH, HandlerType.DELETE, HandlerType.OPTIONS);

    private final RouteTable table;
    private final Guards guards;
    private final FailureResponder failures;
    private final RequestMetrics metrics;

    ServerSetup(RouteTable table, Guards guards, FailureResponder failures, RequestMetrics metrics) {
        this.table = table;
        this.guards = guards;
        this.failures = failures;
        this.metrics = metrics;
    }

    /** See {@link HttpApi#configure}. Trailing slashes are optional everywhere, as in PostHog's router. */
    void configure(JavalinConfig config) {
        config.jsonMapper(new JavalinJackson(Json.mapper(), false));
        config.router.ignoreTrailingSlashes = true;
        config.http.prefer405over404 = true;
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
        config.jetty.modifyHttpConfiguration(http -> {
            http.setSendServerVersion(false);
            http.setUriCompliance(PATHS_AS_DJANGO_READS);
        });
        config.requestLogger.http(this::finishRequest);
        config.routes.before(this::beginRequest);
        config.routes.after(UnreadBodies::discard);
        register(config.routes, "", false);

        // Burrow's routes answer their own failures (register); this is for the rest, answered the same way: no
        // route, a wrong method, or a failure before any route ran. Javalin looks up its own HTTP statuses among the
        // handlers for HttpResponseException and below only, so that class is named too.
        config.routes.exception(Exception.class, this::answer);
        config.routes.exception(HttpResponseException.class, this::answer);
    }

    /** See {@link HttpApi#plugin}. */
    Plugin<Void> plugin(String prefix) {
        String mountedAt = normalized(prefix);
        return new Plugin<>() {
            @Override
            public void onInitialize(JavalinState state) {
                state.requestLogger.http((ctx, milliseconds) -> {
                    if (isUnder(mountedAt, ctx.path())) {
                        finishRequest(ctx, milliseconds);
                    }
                });
                List<String> under = mountedAt.isEmpty() ? List.of("*") : List.of(mountedAt, mountedAt + "/*");
                for (String path : under) {
                    state.routes.before(path, ctx -> {
                        beginRequest(ctx);
                        ErrorTable.mountedAt(ctx, mountedAt);
                    });
                    state.routes.after(path, ctx -> {
                        ErrorTable.restore(ctx);
                        UnreadBodies.discard(ctx);
                    });
                }
                // The host may set router.ignoreTrailingSlashes after registering the plugin: the twins answer
                // either way, and where the host ignores slashes they match what their routes match.
                register(state.routes, mountedAt, true);
                unrouted(state.routes, mountedAt);
            }

            @Override
            public String name() {
                return "burrow" + mountedAt;
            }
        };
    }

    /**
     * Registers, after burrow's routes, what answers a request under {@code prefix} that none of them takes, as
     * burrow's own server answers it: a wrong method (by the rule of the route whose path it is) or an unknown
     * path, in PostHog's format, so that the host's 404 never sees burrow's paths. Mounted at the root, the host's
     * paths are its own: only burrow's paths are answered, for the methods their routes lack. HEAD is left to
     * Javalin, which answers it from a GET route.
     */
    private void unrouted(RoutesConfig routes, String prefix) {
        Handler answer = ctx -> {
            RouteAccess access = table.accessAt(prefix, ctx.path()).orElse(null);
            try {
                failures.wrongMethod(ctx, access);
            } catch (Exception failure) {
                failures.answer(failure, ctx, () -> access);
            }
        };
        for (HandlerType method : UNROUTED_METHODS) {
            if (prefix.isEmpty()) {
                table.routes().stream().map(Route::path).distinct()
                        .filter(path -> table.routes().stream()
                                .noneMatch(route -> route.path().equals(path) && route.method() == method))
                        .forEach(path -> {
                            routes.addHttpHandler(method, path, answer);
                            routes.addHttpHandler(method, path + "/", answer);
                        });
            } else {
                routes.addHttpHandler(method, prefix, answer);
                routes.addHttpHandler(method, prefix + "/*", answer);
            }
        }
    }

    /**
     * Registers every route under {@code prefix}, each answering its own failures in PostHog's format, so that
     * nothing depends on the app's exception mapping; with {@code slashTwins}, each route also at its path with a
     * trailing slash, for an app whose router does not ignore them (PostHog's paths end in one, and clients send
     * it).
     */
    private void register(RoutesConfig routes, String prefix, boolean slashTwins) {
        for (Route route : table.routes()) {
            Handler guarded = guards.guarded(route);
            Handler contained = ctx -> {
                try {
                    guarded.handle(ctx);
                } catch (Exception failure) {
                    failures.answer(failure, ctx, route::access);
                }
            };
            routes.addHttpHandler(route.method(), prefix + route.path(), contained);
            if (slashTwins) {
                routes.addHttpHandler(route.method(), prefix + route.path() + "/", contained);
            }
        }
    }

    /** A failure no route answered: the route whose path it is (if any) says who must be asked first. */
    private void answer(Exception failure, Context ctx) {
        failures.answer(failure, ctx, () -> table.accessAt("", ctx.path()).orElse(null));
    }

    private void beginRequest(Context ctx) {
        RequestLog.begin(ctx);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Cache-Control", "no-store");
    }

    private void finishRequest(Context ctx, float milliseconds) {
        metrics.record(ctx, milliseconds);
        RequestLog.end(ctx, milliseconds);
    }

    /** {@code "/users-api/"} and {@code "users-api"} become {@code "/users-api"}; the root is {@code ""}. */
    private static String normalized(String prefix) {
        String trimmed = prefix == null ? "" : prefix.strip();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed.isEmpty() || trimmed.startsWith("/") ? trimmed : "/" + trimmed;
    }

    private static boolean isUnder(String prefix, String path) {
        return prefix.isEmpty() || path.equals(prefix) || path.startsWith(prefix + "/");
    }
}
