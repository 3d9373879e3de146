package dev.burrow.http.twofactor;

import dev.burrow.application.twofactor.BackupCodesUseCase.RegenerateBackupCodesCommand;
import dev.burrow.application.twofactor.DisableTwoFactorUseCase.DisableTwoFactorCommand;
import dev.burrow.application.twofactor.StartTwoFactorSetupUseCase.StartTwoFactorSetupCommand;
import dev.burrow.application.twofactor.TwoFactorSetupUriUseCase.TwoFactorSetupUriQuery;
import dev.burrow.application.twofactor.TwoFactorStatusUseCase.TwoFactorStatusQuery;
import dev.burrow.application.twofactor.TwoFactorUseCases;
import dev.burrow.application.twofactor.ValidateTwoFactorUseCase.ValidateTwoFactorCommand;
import dev.burrow.domain.twofactor.TwoFactorStatus;
import dev.burrow.http.auth.AllowedHosts;
import dev.burrow.http.auth.Authenticator;
import dev.burrow.http.json.Fields;
import dev.burrow.http.json.Json;
import dev.burrow.http.json.RequestBody;
import dev.burrow.http.user.UserController;
import io.javalin.http.Context;
import io.nayuki.qrcodegen.QrCode;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The 2FA actions on {@code /api/users/{uuid}/...}, answering with PostHog's shapes, and the QR code of a pending
 * setup at {@code /account/two_factor/qrcode/} (an SVG, as django-two-factor-auth serves it).
 */
public final class TwoFactorController {

    private static final Map<String, Boolean> SUCCESS = Map.of("success", true);
    private static final int QR_BORDER = 4;

    private final TwoFactorUseCases twoFactor;

    public TwoFactorController(TwoFactorUseCases twoFactor) {
        this.twoFactor = twoFactor;
    }

    /** Setup acts on the caller whatever the URL names, as in PostHog. */
    public void startSetup(Context ctx) {
        UserController.lookup(ctx);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("success", true);
        body.put("secret",
                twoFactor.startSetup().start(new StartTwoFactorSetupCommand(Authenticator.actor(ctx))).base32());
        Json.respond(ctx, body);
    }

    public void validate(Context ctx) {
        boolean currentPasswordSent = currentPasswordSent(ctx);
        UserController.lookup(ctx);
        twoFactor.validate().validate(new ValidateTwoFactorCommand(Authenticator.actor(ctx),
                Fields.of(ctx).text("token"), currentPasswordSent));
        Json.respond(ctx, SUCCESS);
    }

    public void status(Context ctx) {
        TwoFactorStatus status = twoFactor.status().status(new TwoFactorStatusQuery(Authenticator.actor(ctx),
                UserController.lookup(ctx)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("is_enabled", status.enabled());
        body.put("backup_codes_remaining", status.backupCodesRemaining());
        body.put("method", status.method());
        body.put("has_passkeys", status.hasPasskeys());
        body.put("has_totp", status.hasTotp());
        body.put("passkeys_enabled_for_2fa", status.passkeysEnabledFor2fa());
        Json.respond(ctx, body);
    }

    public void backupCodes(Context ctx) {
        boolean currentPasswordSent = currentPasswordSent(ctx);
        Json.respond(ctx, Map.of("backup_codes", twoFactor.backupCodes().regenerate(
                new RegenerateBackupCodesCommand(Authenticator.actor(ctx), UserController.lookup(ctx),
                        currentPasswordSent))));
    }

    public void disable(Context ctx) {
        boolean currentPasswordSent = currentPasswordSent(ctx);
        twoFactor.disable().disable(new DisableTwoFactorCommand(Authenticator.actor(ctx), UserController.lookup(ctx),
                currentPasswordSent));
        Json.respond(ctx, SUCCESS);
    }

    /**
     * Whether the body carries {@code current_password} at its top level, which the use case counts against the
     * user's password checks. Reading it parses the body, so a malformed one is refused first, as Django REST
     * framework parses it for its throttle.
     */
    private static boolean currentPasswordSent(Context ctx) {
        return RequestBody.of(ctx).has("current_password");
    }

    /**
     * The issuer is the site's host name, as PostHog labels it without a sites framework: only one the allowed
     * hosts let through, so that no link to burrow can put another name in a user's authenticator app.
     */
    public void qrCode(Context ctx) {
        String uri = twoFactor.setupUri().setupUri(new TwoFactorSetupUriQuery(Authenticator.actor(ctx),
                AllowedHosts.host(ctx)));
        ctx.contentType("image/svg+xml").result(svg(QrCode.encodeText(uri, QrCode.Ecc.MEDIUM)));
    }

    static String svg(QrCode qr) {
        int size = qr.size + 2 * QR_BORDER;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M').append(x + QR_BORDER).append(',').append(y + QR_BORDER).append("h1v1h-1z");
                }
            }
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" viewBox=\"0 0 " + size + " " + size
                + "\" stroke=\"none\"><rect width=\"100%\" height=\"100%\" fill=\"#FFFFFF\"/><path d=\"" + path
                + "\" fill=\"#000000\"/></svg>\n";
    }
}
