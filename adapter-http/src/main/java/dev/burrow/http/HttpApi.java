package dev.burrow.http;

import dev.burrow.domain.apikey.ApiScope;
import dev.burrow.http.apikey.PersonalApiKeyController;
import dev.burrow.http.auth.Authenticator;
import dev.burrow.http.auth.ClientAddress;
import dev.burrow.http.auth.RouteAccess;
import dev.burrow.http.auth.SessionCookies;
import dev.burrow.http.autonomy.SignalAutonomyController;
import dev.burrow.http.error.ErrorTable;
import dev.burrow.http.github.GithubController;
import dev.burrow.http.login.LoginController;
import dev.burrow.http.reset.ResetController;
import dev.burrow.http.session.LoginSessionsController;
import dev.burrow.http.passkey.PasskeyController;
import dev.burrow.http.passkey.PasskeyLoginController;
import dev.burrow.http.twofactor.TwoFactorController;
import dev.burrow.http.user.UserController;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.plugin.Plugin;

import java.util.List;

/**
 * Every route burrow serves, on one screen, with who may call it ({@link RouteAccess}). What stands before a route
 * is in {@link Guards}, how its failures are answered in {@link FailureResponder}, how it reaches Javalin in
 * {@link ServerSetup}.
 */
public final class HttpApi {

    private final RouteTable table;
    private final ServerSetup server;

    public HttpApi(UseCases useCases, HttpSettings settings) {
        Authenticator authenticator = new Authenticator(useCases.apiKeyAuthentication(),
                useCases.sessionAuthentication(), settings.siteUrl(), settings.host(), useCases.hostCallers(),
                settings.hostOnly(), settings.allowedHosts(), settings.proxyHops() > 0,
                new ClientAddress(settings.proxyHops()));
        ErrorTable errors = new ErrorTable(settings.siteUrl());
        Guards guards = new Guards(authenticator, errors, settings.allowedHosts(), useCases.storage());
        this.table = table(useCases, settings, authenticator, errors, guards);
        this.server = new ServerSetup(table, guards, new FailureResponder(authenticator, errors),
                new RequestMetrics(settings.meters()));
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
        server.configure(config);
    }

    /**
     * A Javalin plugin that mounts burrow's routes into a host's app under {@code prefix} ({@code "/users-api"}, or
     * {@code ""} for the root). It leaves the host's own routes, JSON mapping, 404s and error handling alone: burrow's
     * routes answer their own failures in PostHog's format, a wrong method or unknown path under the prefix is
     * answered as burrow's own server answers it, and only requests under the prefix get burrow's request id,
     * headers, log line and metrics. The routes answer with and without a trailing slash whatever the app's
     * {@code router.ignoreTrailingSlashes}, set before or after the plugin.
     */
    public Plugin<Void> plugin(String prefix) {
        return server.plugin(prefix);
    }

    /** Every route burrow registers, as {@code "GET /api/users"}: what the OpenAPI document must describe. */
    public List<String> routes() {
        return table.routes().stream().map(Route::name).toList();
    }

    /** Every route, with who may call it. */
    private static RouteTable table(UseCases useCases, HttpSettings settings, Authenticator authenticator,
                                    ErrorTable errors, Guards guards) {
        Probes probes = new Probes(useCases.readiness());
        UserController users = new UserController(useCases.users());
        LoginController login = new LoginController(useCases.login(), new SessionCookies(settings.siteUrl()), errors,
                authenticator, new ClientAddress(settings.proxyHops()));
        PersonalApiKeyController apiKeys = new PersonalApiKeyController(useCases.apiKeys());
        TwoFactorController twoFactor = new TwoFactorController(useCases.twoFactor());
        SignalAutonomyController autonomy = new SignalAutonomyController(useCases.signalAutonomy());
        GithubController github = new GithubController(useCases.github(), authenticator, settings.siteUrl());

        RouteAccess anyone = RouteAccess.anyone();
        RouteAccess userRead = RouteAccess.scope(ApiScope.USER_READ);
        RouteAccess userWrite = RouteAccess.scope(ApiScope.USER_WRITE);
        RouteAccess keysRead = RouteAccess.scope(ApiScope.PERSONAL_API_KEY_READ);
        RouteAccess keysWrite = RouteAccess.scope(ApiScope.PERSONAL_API_KEY_WRITE);
        RouteAccess sessionsOnly = RouteAccess.noKeys();
        RouteAccess keysIgnored = RouteAccess.sessionAuthenticationOnly();
        RouteTable routes = new RouteTable();

        routes.get("/_health", RouteAccess.probe(), probes::health);
        routes.get("/_readyz", RouteAccess.probe(), probes::ready);
        routes.get("/api/schema", RouteAccess.document(), ctx -> ApiSchema.served().serve(ctx));
        routes.get("/api/users", userRead, users::list);
        routes.post("/api/users/verify_email", anyone, guards.onOneConnection(users::verifyEmail));
        routes.patch("/api/users/cancel_email_change_request", sessionsOnly, users::cancelEmailChange);
        routes.get("/api/users/{uuid}", userRead, users::retrieve);
        routes.patch("/api/users/{uuid}", userWrite, users::update);
        routes.put("/api/users/{uuid}", userWrite, users::update);
        routes.delete("/api/users/{uuid}", keysIgnored, users::delete);

        routes.get("/api/users/{uuid}/hedgehog_config", userRead, users::hedgehogConfig);
        routes.patch("/api/users/{uuid}/hedgehog_config", userWrite, users::replaceHedgehogConfig);
        routes.post("/api/users/{uuid}/scene_personalisation", sessionsOnly, users::personaliseScene);
        routes.get("/api/users/{id}/signal_autonomy", userWrite.unchallenged(), autonomy::retrieve);
        routes.post("/api/users/{id}/signal_autonomy", userWrite.unchallenged(), autonomy::save);
        routes.delete("/api/users/{id}/signal_autonomy", userWrite.unchallenged(), autonomy::delete);

        routes.get("/api/users/{uuid}/github_login", userRead, github::githubLogin);
        routes.get("/api/users/{uuid}/integrations", userRead, github::list);
        routes.post("/api/users/{uuid}/integrations/github/start", userWrite, github::start);
        routes.delete("/api/users/{uuid}/integrations/github/{installation_id}", userWrite, github::unlink,
                GithubController::digitsOnly);
        routes.get("/api/users/{uuid}/integrations/github/{installation_id}/repos", userRead, github::repositories,
                GithubController::digitsOnly);
        routes.get("/complete/github-link", anyone, guards.onOneConnection(github::completeLink));

        routes.get("/api/users/{uuid}/start_2fa_setup", sessionsOnly, twoFactor::startSetup);
        routes.get("/api/users/{uuid}/two_factor_start_setup", sessionsOnly, twoFactor::startSetup);
        routes.post("/api/users/{uuid}/validate_2fa", sessionsOnly, twoFactor::validate);
        routes.post("/api/users/{uuid}/two_factor_validate", sessionsOnly, twoFactor::validate);
        routes.get("/api/users/{uuid}/two_factor_status", sessionsOnly, twoFactor::status);
        routes.post("/api/users/{uuid}/two_factor_backup_codes", sessionsOnly, twoFactor::backupCodes);
        routes.post("/api/users/{uuid}/two_factor_disable", sessionsOnly, twoFactor::disable);
        routes.get("/account/two_factor/qrcode", keysIgnored, twoFactor::qrCode);

        // Not on one connection: checking a password takes a quarter second, which no connection should wait out.
        routes.post("/api/login", anyone, login::logIn);
        routes.post("/api/login/token", anyone, guards.onOneConnection(login::completeLogIn));
        routes.post("/api/logout", anyone, login::logOut);

        // Password reset (PostHog's /api/reset/): anonymous; setting the password hashes it, off any connection.
        ResetController reset = new ResetController(useCases.passwordReset(), new ClientAddress(settings.proxyHops()),
                settings.siteUrl());
        routes.post("/api/reset", anyone, guards.onOneConnection(reset::request));
        routes.get("/api/reset/{uuid}", anyone, guards.onOneConnection(reset::check));
        routes.post("/api/reset/{uuid}", anyone, reset::complete);

        // Login sessions: the caller's own whatever the path names; ending them is behind the recent-login gate.
        LoginSessionsController loginSessions = new LoginSessionsController(useCases.loginSessions());
        routes.get("/api/users/{uuid}/login_sessions", keysIgnored, loginSessions::list);
        routes.post("/api/users/{uuid}/login_sessions/revoke_others", keysIgnored, loginSessions::revokeOthers);
        routes.delete("/api/users/{uuid}/login_sessions/{session_id}", keysIgnored, loginSessions::revoke);

        // Passkeys (issue 13): PostHog's WebAuthn views take browser sessions only; keys are not looked at.
        PasskeyController passkeys = new PasskeyController(useCases.passkeys());
        routes.post("/api/webauthn/register/begin", keysIgnored, passkeys::beginRegistration);
        routes.post("/api/webauthn/register/complete", keysIgnored, passkeys::completeRegistration);
        routes.get("/api/webauthn/credentials", keysIgnored, passkeys::list);
        routes.patch("/api/webauthn/credentials/{id}", keysIgnored, passkeys::rename);
        routes.delete("/api/webauthn/credentials/{id}", keysIgnored, passkeys::delete);
        routes.post("/api/webauthn/credentials/{id}/verify", keysIgnored, passkeys::beginVerification);
        routes.post("/api/webauthn/credentials/{id}/verify_complete", keysIgnored, passkeys::completeVerification);
        PasskeyLoginController passkeyLogin = new PasskeyLoginController(useCases.passkeys(), useCases.login(),
                new SessionCookies(settings.siteUrl()), authenticator, new ClientAddress(settings.proxyHops()),
                settings.siteUrl(), settings.meters());
        routes.post("/api/webauthn/login/begin", anyone, guards.onOneConnection(passkeyLogin::begin));
        routes.post("/api/webauthn/login/complete", anyone, guards.onOneConnection(passkeyLogin::complete));
        routes.get("/api/login/2fa/passkey/methods", anyone,
                guards.onOneConnection(passkeyLogin::secondFactorMethods));
        routes.post("/api/login/2fa/passkey/begin", anyone,
                guards.onOneConnection(passkeyLogin::beginSecondFactor));
        routes.post("/api/login/precheck", anyone, guards.onOneConnection(passkeyLogin::precheck));

        routes.get("/api/personal_api_keys", keysRead, apiKeys::list);
        routes.post("/api/personal_api_keys", keysWrite, apiKeys::create);
        routes.get("/api/personal_api_keys/{id}", keysRead, apiKeys::retrieve);
        routes.patch("/api/personal_api_keys/{id}", keysWrite, apiKeys::update);
        routes.put("/api/personal_api_keys/{id}", keysWrite, apiKeys::update);
        routes.delete("/api/personal_api_keys/{id}", keysWrite, apiKeys::delete);
        return routes;
    }
}
