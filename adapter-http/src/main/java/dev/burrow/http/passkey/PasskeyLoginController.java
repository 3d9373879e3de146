package dev.burrow.http.passkey;

import dev.burrow.application.login.LoginUseCase;
import dev.burrow.application.passkey.CredentialDescriptor;
import dev.burrow.application.passkey.LoginPrecheckUseCase;
import dev.burrow.application.passkey.PasskeyLoginUseCase;
import dev.burrow.application.passkey.PasskeySecondFactorUseCase;
import dev.burrow.application.passkey.PasskeyUseCases;
import dev.burrow.domain.failure.BurrowException;
import dev.burrow.http.auth.Authenticator;
import dev.burrow.http.auth.ClientAddress;
import dev.burrow.http.auth.SessionCookies;
import dev.burrow.http.json.Fields;
import dev.burrow.http.json.Json;
import io.javalin.http.Context;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /api/webauthn/login/begin/} and {@code complete/}: signing in with a passkey alone. The challenge waits for
 * the browser that asked under a key in its own cookie ({@value #COOKIE}), where PostHog keeps it in an anonymous
 * session; a success hands out the session cookies a password login does. Logins and failures are counted
 * ({@code burrow_passkey_logins_total} by {@code outcome}).
 */
public final class PasskeyLoginController {

    /** The cookie that holds the key of a passkey login's challenge, for as long as the challenge lives. */
    public static final String COOKIE = "burrow_passkey_login";
    private static final Duration COOKIE_AGE = Duration.ofMinutes(2);

    private final PasskeyLoginUseCase passkeys;
    private final PasskeySecondFactorUseCase secondFactor;
    private final LoginPrecheckUseCase precheck;
    private final LoginUseCase login;
    private final SessionCookies cookies;
    private final Authenticator authenticator;
    private final ClientAddress clients;
    private final boolean secure;
    private final Counter succeeded;
    private final Counter failed;

    public PasskeyLoginController(PasskeyUseCases passkeys, LoginUseCase login, SessionCookies cookies,
                                  Authenticator authenticator, ClientAddress clients, String siteUrl,
                                  MeterRegistry meters) {
        this.passkeys = passkeys.login();
        this.secondFactor = passkeys.secondFactor();
        this.precheck = passkeys.precheck();
        this.login = login;
        this.cookies = cookies;
        this.authenticator = authenticator;
        this.clients = clients;
        this.secure = siteUrl.startsWith("https://");
        this.succeeded = logins(meters, "success");
        this.failed = logins(meters, "failure");
    }

    static Counter logins(MeterRegistry meters, String outcome) {
        return Counter.builder("burrow.passkey.logins").description("passkey logins, by outcome")
                .tag("outcome", outcome).register(meters);
    }

    public void begin(Context ctx) {
        PasskeyLoginUseCase.LoginChallenge challenge = passkeys.begin();
        setCookie(ctx, challenge.key(), COOKIE_AGE);
        Json.respond(ctx, PasskeyJson.request(challenge.options()));
    }

    public void complete(Context ctx) {
        authenticator.refuseCrossSiteLogin(ctx);
        String key = ctx.cookie(COOKIE);
        try {
            cookies.open(ctx, login.logInWithPasskey(new LoginUseCase.PasskeyLogin(key,
                    PasskeyJson.assertion(Fields.of(ctx)), clients.of(ctx), ctx.header("User-Agent"),
                    SessionCookies.sessionKey(ctx))));
        } catch (BurrowException e) {
            failed.increment();
            throw e;
        } finally {
            if (key != null) {
                setCookie(ctx, "", Duration.ZERO);
            }
        }
        succeeded.increment();
        Json.respond(ctx, Map.of("success", true));
    }

    /** {@code GET /api/login/2fa/passkey/methods/}: which second factors the pending login may use. */
    public void secondFactorMethods(Context ctx) {
        PasskeySecondFactorUseCase.Methods methods = secondFactor.methods(SessionCookies.sessionKey(ctx));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("has_totp", methods.hasTotp());
        body.put("has_passkeys", methods.hasPasskeys());
        Json.respond(ctx, body);
    }

    /** {@code POST /api/login/2fa/passkey/begin/}: the challenge for the pending login's passkeys. */
    public void beginSecondFactor(Context ctx) {
        Json.respond(ctx, PasskeyJson.request(secondFactor.begin(SessionCookies.sessionKey(ctx))));
    }

    /**
     * {@code POST /api/login/precheck/}, in PostHog's newest shape; burrow has no SSO, so its fields say none. A
     * logged-in caller prechecking their own address is not throttled.
     */
    public void precheck(Context ctx) {
        Fields fields = Fields.of(ctx);
        String callerEmail;
        try {
            callerEmail = authenticator.identify(ctx, false).map(actor -> actor.user())
                    .map(user -> user.email().value()).orElse(null);
        } catch (BurrowException e) {
            callerEmail = null;
        }
        LoginPrecheckUseCase.Precheck answer = precheck.precheck(fields.string("email", true).orElse(null),
                callerEmail, clients.of(ctx));
        List<Map<String, Object>> credentials = new ArrayList<>();
        for (CredentialDescriptor descriptor : answer.webauthnCredentials()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", descriptor.id());
            item.put("type", "public-key");
            item.put("transports", descriptor.transports());
            credentials.add(item);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sso_enforcement", null);
        body.put("saml_available", false);
        body.put("oidc_available", false);
        body.put("webauthn_credentials", credentials);
        body.put("password_login_available", answer.passwordLoginAvailable());
        body.put("social_providers", List.of());
        Json.respond(ctx, body);
    }

    private void setCookie(Context ctx, String value, Duration maxAge) {
        ctx.res().addHeader("Set-Cookie", COOKIE + "=" + value + "; Path=/; Max-Age=" + maxAge.toSeconds()
                + "; SameSite=Lax; HttpOnly" + (secure ? "; Secure" : ""));
    }
}
