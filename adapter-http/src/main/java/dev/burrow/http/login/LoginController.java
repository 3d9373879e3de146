package dev.burrow.http.login;

import dev.burrow.application.login.LoginUseCase;
import dev.burrow.http.auth.Authenticator;
import dev.burrow.http.auth.ClientAddress;
import dev.burrow.http.auth.SessionCookies;
import dev.burrow.http.error.ErrorResponse;
import dev.burrow.http.error.ErrorTable;
import dev.burrow.http.json.Fields;
import dev.burrow.http.json.Json;
import dev.burrow.http.passkey.PasskeyAnswers;
import io.javalin.http.Context;

import java.util.Map;
import java.util.Optional;

/**
 * {@code /api/login/}, {@code /api/login/token/} and {@code /api/logout/}, answering as PostHog's web app expects:
 * {@code {"success": true}}, or 401 {@code 2fa_required} when a code must follow. A login a browser marks as
 * sent from another site is refused before anything else: PostHog's web app never sends one.
 */
public final class LoginController {

    static final Map<String, Boolean> SUCCESS = Map.of("success", true);
    static final ErrorResponse SECOND_FACTOR_REQUIRED =
            new ErrorResponse("server_error", "2fa_required", "2FA is required.", null);

    private final LoginUseCase login;
    private final SessionCookies cookies;
    private final ErrorTable errors;
    private final Authenticator authenticator;
    private final ClientAddress clients;

    public LoginController(LoginUseCase login, SessionCookies cookies, ErrorTable errors, Authenticator authenticator,
                           ClientAddress clients) {
        this.login = login;
        this.cookies = cookies;
        this.errors = errors;
        this.authenticator = authenticator;
        this.clients = clients;
    }

    public void logIn(Context ctx) {
        authenticator.refuseCrossSiteLogin(ctx);
        Fields fields = Fields.of(ctx);
        LoginUseCase.LoginOutcome outcome = login.logIn(new LoginUseCase.Credentials(
                fields.string("email", true).map(String::strip).orElse(null),
                fields.string("password", true).orElse(null),
                clients.of(ctx), ctx.header("User-Agent"), SessionCookies.sessionKey(ctx)));
        if (outcome instanceof LoginUseCase.SecondFactorRequired required) {
            cookies.pending(ctx, required.pending());
            errors.writeUnauthorized(ctx, SECOND_FACTOR_REQUIRED);
            return;
        }
        cookies.open(ctx, ((LoginUseCase.LoggedIn) outcome).session());
        Json.respond(ctx, SUCCESS);
    }

    public void completeLogIn(Context ctx) {
        authenticator.refuseCrossSiteLogin(ctx);
        Fields fields = Fields.of(ctx);
        // Passkeys (issue 13): {"credential_id", "response"} beside {"token"}, the passkey path when both are sent.
        Optional<PasskeyAnswers.SecondFactor> passkey = PasskeyAnswers.secondFactor(fields);
        if (passkey.isPresent()) {
            cookies.open(ctx, login.completeLogInWithPasskey(SessionCookies.sessionKey(ctx),
                    passkey.get().credentialId(), passkey.get().answer()));
            Json.respond(ctx, SUCCESS);
            return;
        }
        String token = fields.string("token", true).orElse(null);
        cookies.open(ctx, login.completeLogIn(SessionCookies.sessionKey(ctx), token));
        Json.respond(ctx, SUCCESS);
    }

    /**
     * Ends the session. A live session must show its CSRF token, as for any change, so another site cannot log
     * people out; without one there is nothing to end but the cookies.
     */
    public void logOut(Context ctx) {
        authenticator.identify(ctx, false);
        login.logOut(SessionCookies.sessionKey(ctx));
        cookies.clear(ctx);
        Json.respond(ctx, SUCCESS);
    }
}
