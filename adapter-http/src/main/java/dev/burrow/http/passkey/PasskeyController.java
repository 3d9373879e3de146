package dev.burrow.http.passkey;

import dev.burrow.application.passkey.PasskeyUseCases;
import dev.burrow.http.auth.Authenticator;
import dev.burrow.http.json.Fields;
import dev.burrow.http.json.Json;
import io.javalin.http.Context;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * {@code /api/webauthn/register/...} and {@code /api/webauthn/credentials/...}: a logged-in browser registers,
 * proves, lists, renames and deletes its passkeys, answered as PostHog's views answer (refusals as
 * {@code {"error": "..."}}).
 */
public final class PasskeyController {

    static final String STORED = "Credential stored. Please verify your passkey to complete registration.";

    private final PasskeyUseCases passkeys;

    public PasskeyController(PasskeyUseCases passkeys) {
        this.passkeys = passkeys;
    }

    public void beginRegistration(Context ctx) {
        Json.respond(ctx, PasskeyJson.creation(passkeys.registration().begin(Authenticator.actor(ctx))));
    }

    public void completeRegistration(Context ctx) {
        UUID id = passkeys.registration().complete(Authenticator.actor(ctx),
                PasskeyJson.registration(Fields.of(ctx)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("success", true);
        body.put("credential_id", id.toString());
        body.put("message", STORED);
        Json.respond(ctx, body);
    }

    public void list(Context ctx) {
        Json.respond(ctx, passkeys.credentials().list(Authenticator.actor(ctx)).stream()
                .map(PasskeyJson::credential).toList());
    }

    public void rename(Context ctx) {
        String label = Fields.of(ctx).raw("label").filter(value -> value.isTextual()).map(value -> value.textValue())
                .orElse(null);
        Json.respond(ctx, PasskeyJson.credential(passkeys.credentials().rename(Authenticator.actor(ctx),
                ctx.pathParam("id"), label)));
    }

    public void delete(Context ctx) {
        passkeys.credentials().delete(Authenticator.actor(ctx), ctx.pathParam("id"));
        ctx.status(204);
    }

    public void beginVerification(Context ctx) {
        Json.respond(ctx, PasskeyJson.request(passkeys.credentials().beginVerification(Authenticator.actor(ctx),
                ctx.pathParam("id"))));
    }

    public void completeVerification(Context ctx) {
        Json.respond(ctx, PasskeyJson.credential(passkeys.credentials().completeVerification(
                Authenticator.actor(ctx), ctx.pathParam("id"), PasskeyJson.assertion(Fields.of(ctx)))));
    }
}
