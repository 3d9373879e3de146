package dev.burrow.http;

import dev.burrow.application.actor.Actor;
import dev.burrow.application.health.ReadinessCheck;
import dev.burrow.application.throttle.PasswordCheckThrottle;
import dev.burrow.application.transaction.TransactionRunner;
import dev.burrow.domain.apikey.ApiScope;
import dev.burrow.domain.failure.AuthenticationFailedException;
import dev.burrow.domain.failure.BurrowException;
import dev.burrow.domain.failure.NotAuthenticatedException;
import dev.burrow.http.apikey.PersonalApiKeyController;
import dev.burrow.http.auth.AllowedHosts;
import dev.burrow.http.auth.Authenticator;
import dev.burrow.http.auth.ClientAddress;
import dev.burrow.http.auth.RouteAccess;
import dev.burrow.http.auth.SessionCookies;
import dev.burrow.http.autonomy.SignalAutonomyController;
import dev.burrow.http.error.ErrorResponse;
import dev.burrow.http.error.ErrorTable;
import dev.burrow.http.error.HttpFailure;
import dev.burrow.http.json.Json;
import dev.burrow.http.json.RequestBody;
import dev.burrow.http.github.GithubController;
import dev.burrow.http.login.LoginController;
import dev.burrow.http.twofactor.TwoFactorController;
import dev.burrow.http.user.UserController;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.JavalinState;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.MethodNotAllowedResponse;
import io.javalin.json.JavalinJackson;
import io.javalin.plugin.Plugin;
import org.eclipse.jetty.http.UriCompliance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;


/**
 * Every route burrow serves, on one screen, with who may call it; and the one mapping from failures to PostHog's
 * error bodies. Trailing slashes are optional everywhere, as in PostHog's router.
 */
public final class HttpApi {

    private static final Logger LOG = LoggerFactory.getLogger(HttpApi.class);
    /** Routes anyone may call, where a wrong method is simply 405. */
    private static final List<String> ANONYMOUS_ROUTES = List.of("/api/login", "/api/logout",
            "/api/users/verify_email", "/complete/github-link");

    private static final Predicate<Context> GATED = ctx -> true;
    private static final Predicate<Context> NOT_GATED = ctx -> false;
    /** Probes reach these by whatever address they have (a pod's IP, often), so any host may ask. */
    private static final Set<String> PROBES = Set.of("/_health", "/_readyz");
    private static final Pattern SIGNAL_AUTONOMY = Pattern.compile("/api/users/[^/]+/signal_autonomy/?");

    /**
     * Django routes a path whatever bytes its segments hold (a {@code %ff} that is not UTF-8, a {@code <}), and the
     * view's rules answer; Jetty's default refuses them with a bare 400 before any route. These are let through to
     * the routes; what is ambiguous ({@code %2f}, {@code ;} parameters) stays refused, and so does a {@code %} that
     * is no escape, which Jetty cannot decode.
     */
    private static final UriCompliance PATHS_AS_DJANGO_READS = UriCompliance.DEFAULT.with("burrow",
            UriCompliance.Violation.BAD_UTF8_ENCODING, UriCompliance.Violation.TRUNCATED_UTF8_ENCODING,
            UriCompliance.Violation.ILLEGAL_PATH_CHARACTERS);

    private final Authenticator authenticator;
    private final ErrorTable errors;
    private final UserController users;
    private final LoginController login;
    private final PersonalApiKeyController apiKeys;
    private final TwoFactorController twoFactor;
    private final SignalAutonomyController autonomy;
    private final GithubController github;
    private final PasswordCheckThrottle passwordChecks;
    private final TransactionRunner storage;
    private final ReadinessCheck readiness;
    private final RequestMetrics metrics;
    private final AllowedHosts allowedHosts;

    public HttpApi(UseCases useCases, HttpSettings settings) {
        this.authenticator = new Authenticator(useCases.apiKeyAuthentication(), useCases.sessionAuthentication(),
                settings.siteUrl(), settings.host(), useCases.hostCallers(), settings.hostOnly(),
                settings.allowedHosts(), settings.proxyHops() > 0);
        this.allowedHosts = settings.allowedHosts();
        this.errors = new ErrorTable(settings.siteUrl());
        this.users = new UserController(useCases.users());
        this.login = new LoginController(useCases.login(), new SessionCookies(settings.siteUrl()), errors,
                authenticator, new ClientAddress(settings.proxyHops()));
        this.passwordChecks = useCases.passwordChecks();
        this.storage = useCases.storage();
        this.readiness = useCases.readiness();
        this.metrics = new RequestMetrics(settings.meters());
        this.apiKeys = new PersonalApiKeyController(useCases.apiKeys());
        this.twoFactor = new TwoFactorController(useCases.twoFactor());
        this.autonomy = new SignalAutonomyController(useCases.signalAutonomy());
        this.github = new GithubController(useCases.github(), authenticator, settings.siteUrl());
    }

    /** A Javalin server with burrow's routes, not yet started. */
    public Javalin create() {
        return Javalin.create(this::configure);
    }

    /**
     * Makes {@code config} burrow's own server: burrow's routes at the root, its JSON mapping, PostHog's 404 and 405
     * answers, and its error bodies for anything that goes wrong, including before a route is found.
     */
    public void configure(JavalinConfig config) {
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
        register(new Routes(config.routes, "", false));

        // Burrow's routes answer their own failures (Routes); this is for the rest, answered the same way: no route,
        // a wrong method, or a failure before any route ran. Javalin looks up its own HTTP statuses among the
        // handlers for HttpResponseException and below only, so that class is named too.
        config.routes.exception(Exception.class, this::answer);
        config.routes.exception(HttpResponseException.class, this::answer);
    }

    /**
     * A Javalin plugin that mounts burrow's routes into a host's app under {@code prefix} ({@code "/users-api"}, or
     * {@code ""} for the root). It leaves the host's own routes, JSON mapping, 404s and error handling alone: burrow's
     * routes answer their own failures in PostHog's format, and only requests under the prefix get burrow's request
     * id, headers, log line and metrics. Set the app's {@code router.ignoreTrailingSlashes} before registering the
     * plugin: it decides, when the plugin registers, whether each route also needs its twin with a slash.
     */
    public Plugin<Void> plugin(String prefix) {
        String mountedAt = Routes.normalized(prefix);
        return new Plugin<>() {
            @Override
            public void onInitialize(JavalinState state) {
                state.requestLogger.http((ctx, milliseconds) -> {
                    if (Routes.isUnder(mountedAt, ctx.path())) {
                        finishRequest(ctx, milliseconds);
                    }
                });
                String under = mountedAt.isEmpty() ? "*" : mountedAt + "/*";
                state.routes.before(under, HttpApi.this::beginRequest);
                state.routes.after(under, UnreadBodies::discard);
                register(new Routes(state.routes, mountedAt, !state.router.ignoreTrailingSlashes));
            }

            @Override
            public String name() {
                return "burrow" + mountedAt;
            }
        };
    }

    /** Every route burrow registers, as {@code "GET /api/users"}: what the OpenAPI document must describe. */
    public List<String> routes() {
        Routes listed = new Routes(null, "", false);
        register(listed);
        return List.copyOf(listed.registered);
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

    /** Every route, with who may call it. */
    private void register(Routes routes) {
        RouteAccess userRead = RouteAccess.scope(ApiScope.USER_READ);
        RouteAccess userWrite = RouteAccess.scope(ApiScope.USER_WRITE);
        RouteAccess keysRead = RouteAccess.scope(ApiScope.PERSONAL_API_KEY_READ);
        RouteAccess keysWrite = RouteAccess.scope(ApiScope.PERSONAL_API_KEY_WRITE);
        RouteAccess sessionsOnly = RouteAccess.noKeys();

        routes.get("/_health", ctx -> Json.respond(ctx, Map.of("status", "ok")));
        routes.get("/_readyz", this::readyz);
        routes.get("/api/schema", ctx -> ApiSchema.served().serve(ctx));
        routes.get("/api/users", secured(userRead, users::list));
        routes.post("/api/users/verify_email", onOneConnection(users::verifyEmail));
        routes.patch("/api/users/cancel_email_change_request", secured(sessionsOnly, users::cancelEmailChange));
        routes.get("/api/users/{uuid}", secured(userRead, users::retrieve));
        routes.patch("/api/users/{uuid}", secured(userWrite, users::update));
        routes.put("/api/users/{uuid}", secured(userWrite, users::update));
        routes.delete("/api/users/{uuid}", secured(RouteAccess.sessionAuthenticationOnly(), users::delete));

        routes.get("/api/users/{uuid}/hedgehog_config", secured(userRead, users::hedgehogConfig));
        routes.patch("/api/users/{uuid}/hedgehog_config", secured(userWrite, users::replaceHedgehogConfig));
        routes.post("/api/users/{uuid}/scene_personalisation", secured(sessionsOnly, users::personaliseScene));
        routes.get("/api/users/{id}/signal_autonomy", unchallenged(userWrite, autonomy::retrieve));
        routes.post("/api/users/{id}/signal_autonomy", unchallenged(userWrite, autonomy::save));
        routes.delete("/api/users/{id}/signal_autonomy", unchallenged(userWrite, autonomy::delete));

        routes.get("/api/users/{uuid}/github_login", secured(userRead, github::githubLogin));
        routes.get("/api/users/{uuid}/integrations", secured(userRead, github::list));
        routes.post("/api/users/{uuid}/integrations/github/start",
                userAction(userWrite, NOT_GATED, github::start));
        routes.delete("/api/users/{uuid}/integrations/github/{installation_id}",
                GithubController.digitsOnly(secured(userWrite, github::unlink)));
        routes.get("/api/users/{uuid}/integrations/github/{installation_id}/repos",
                GithubController.digitsOnly(secured(userRead, github::repositories)));
        routes.get("/complete/github-link", onOneConnection(github::completeLink));

        routes.get("/api/users/{uuid}/start_2fa_setup", secured(sessionsOnly, twoFactor::startSetup));
        routes.get("/api/users/{uuid}/two_factor_start_setup", secured(sessionsOnly, twoFactor::startSetup));
        routes.post("/api/users/{uuid}/validate_2fa", userAction(sessionsOnly, GATED, twoFactor::validate));
        routes.post("/api/users/{uuid}/two_factor_validate", userAction(sessionsOnly, GATED, twoFactor::validate));
        routes.get("/api/users/{uuid}/two_factor_status", secured(sessionsOnly, twoFactor::status));
        routes.post("/api/users/{uuid}/two_factor_backup_codes",
                userAction(sessionsOnly, GATED, twoFactor::backupCodes));
        routes.post("/api/users/{uuid}/two_factor_disable", userAction(sessionsOnly, GATED, twoFactor::disable));
        routes.get("/account/two_factor/qrcode", secured(RouteAccess.sessionAuthenticationOnly(),
                twoFactor::qrCode));

        // Not on one connection: checking a password takes a quarter second, which no connection should wait out.
        routes.post("/api/login", login::logIn);
        routes.post("/api/login/token", onOneConnection(login::completeLogIn));
        routes.post("/api/logout", login::logOut);

        routes.get("/api/personal_api_keys", secured(keysRead, apiKeys::list));
        routes.post("/api/personal_api_keys", secured(keysWrite, apiKeys::create));
        routes.get("/api/personal_api_keys/{id}", secured(keysRead, apiKeys::retrieve));
        routes.patch("/api/personal_api_keys/{id}", secured(keysWrite, apiKeys::update));
        routes.put("/api/personal_api_keys/{id}", secured(keysWrite, apiKeys::update));
        routes.delete("/api/personal_api_keys/{id}", secured(keysWrite, apiKeys::delete));

    }

    private Handler secured(RouteAccess access, Handler handler) {
        return onOneConnection(ctx -> {
            authenticator.authenticate(ctx, access);
            handler.handle(ctx);
        });
    }

    /**
     * Every statement of the request on one storage connection: borrowing one per statement made the requests of a
     * busy server queue and spin at the pool far longer than their statements took.
     */
    private Handler onOneConnection(Handler handler) {
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

    /**
     * The signal autonomy view authenticates with Django REST framework's stock session class first, which sends
     * no challenge: DRF then answers its authentication failures with 403 rather than 401, and no
     * {@code WWW-Authenticate}.
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
     * A changing action of PostHog's users viewset: a body that carries {@code current_password} counts against
     * the user's five password checks a minute (UserAuthenticationThrottle), whatever the action, once the
     * recent-login gate has let it through where {@code gate} says the action is behind it. The user slice's
     * own use cases count and gate themselves; this is left for the actions of other slices.
     */
    private Handler userAction(RouteAccess access, Predicate<Context> gate, Handler handler) {
        return onOneConnection(ctx -> {
            Actor actor = authenticator.authenticate(ctx, access);
            if (RequestBody.of(ctx).has("current_password")) {
                passwordChecks.count(actor, gate.test(ctx));
            }
            handler.handle(ctx);
        });
    }

    /**
     * As in Django REST framework, authentication comes first: an anonymous caller learns nothing but 401. The
     * login routes take anyone, so they answer 405 straight away.
     */
    private void methodNotAllowed(Context ctx) {
        try {
            boolean anonymous = ANONYMOUS_ROUTES.stream().anyMatch(ctx.path()::startsWith);
            if (!anonymous && authenticator.identify(ctx, true).isEmpty()) {
                throw new NotAuthenticatedException();
            }
            ErrorTable.write(ctx, 405, ErrorResponse.methodNotAllowed(ctx.method().name()));
        } catch (BurrowException failure) {
            if (SIGNAL_AUTONOMY.matcher(ctx.path()).matches()) {
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

    /**
     * 200 when the database answers and holds this build's schema and start-up work is done, else 503; the body
     * says which part failed.
     */
    private void readyz(Context ctx) {
        ReadinessCheck.Readiness found = readiness.check();
        ctx.status(found.ready() ? 200 : 503);
        Map<String, Boolean> body = new LinkedHashMap<>();
        body.put("database", found.database());
        body.put("schema", found.schema());
        body.put("started", found.started());
        Json.respond(ctx, body);
    }

    /**
     * A failure as PostHog answers it: burrow's own with its status, a status Javalin raised with PostHog's body for
     * it (no route is 404 "Endpoint not found."; a wrong method is answered as DRF does), anything else as a 500.
     */
    private void answer(Exception failure, Context ctx) {
        if (failure instanceof BurrowException burrow) {
            errors.write(burrow, ctx);
        } else if (failure instanceof HttpFailure http) {
            ErrorTable.write(ctx, http.status(), http.body());
        } else if (failure instanceof MethodNotAllowedResponse) {
            methodNotAllowed(ctx);
        } else if (failure instanceof HttpResponseException response) {
            httpFailure(response, ctx);
        } else {
            unexpected(failure, ctx);
        }
    }

    private static void unexpected(Exception failure, Context ctx) {
        LOG.error("Unexpected failure serving {} {}", ctx.method(), ctx.path(), failure);
        ErrorTable.write(ctx, 500, ErrorResponse.SERVER_ERROR);
    }

    /**
     * Registers burrow's routes under a prefix, each answering its own failures in PostHog's format, so that nothing
     * depends on the app's exception mapping; with {@code slashTwins}, each route also at its path with a trailing
     * slash, for an app whose router does not ignore them (PostHog's paths end in one, and clients send it).
     */
    private final class Routes {

        private final RoutesConfig routes;
        private final String prefix;
        private final boolean slashTwins;
        private final List<String> registered = new ArrayList<>();

        Routes(RoutesConfig routes, String prefix, boolean slashTwins) {
            this.routes = routes;
            this.prefix = prefix;
            this.slashTwins = slashTwins;
        }

        /** {@code "/users-api/"} and {@code "users-api"} become {@code "/users-api"}; the root is {@code ""}. */
        static String normalized(String prefix) {
            String trimmed = prefix == null ? "" : prefix.strip();
            while (trimmed.endsWith("/")) {
                trimmed = trimmed.substring(0, trimmed.length() - 1);
            }
            return trimmed.isEmpty() || trimmed.startsWith("/") ? trimmed : "/" + trimmed;
        }

        static boolean isUnder(String prefix, String path) {
            return prefix.isEmpty() || path.equals(prefix) || path.startsWith(prefix + "/");
        }

        void get(String path, Handler handler) {
            add(HandlerType.GET, path, handler);
        }

        void post(String path, Handler handler) {
            add(HandlerType.POST, path, handler);
        }

        void patch(String path, Handler handler) {
            add(HandlerType.PATCH, path, handler);
        }

        void put(String path, Handler handler) {
            add(HandlerType.PUT, path, handler);
        }

        void delete(String path, Handler handler) {
            add(HandlerType.DELETE, path, handler);
        }

        /** Registers the route; with no {@code routes} to register in, only lists it. */
        private void add(HandlerType method, String path, Handler handler) {
            registered.add(method.name() + " " + path);
            if (routes == null) {
                return;
            }
            Handler contained = contained(PROBES.contains(path) ? handler : hostChecked(handler));
            routes.addHttpHandler(method, prefix + path, contained);
            if (slashTwins) {
                routes.addHttpHandler(method, prefix + path + "/", contained);
            }
        }

        /** The route's handler, for an allowed host only: the host is what links are made of. */
        private Handler hostChecked(Handler handler) {
            return ctx -> {
                allowedHosts.check(ctx);
                handler.handle(ctx);
            };
        }

        private Handler contained(Handler handler) {
            return ctx -> {
                try {
                    handler.handle(ctx);
                } catch (Exception failure) {
                    answer(failure, ctx);
                }
            };
        }
    }

    private static void httpFailure(HttpResponseException failure, Context ctx) {
        ErrorTable.write(ctx, failure.getStatus(), JsonErrorHandler.bodyFor(failure.getStatus()));
    }
}
