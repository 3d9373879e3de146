package dev.burrow.http.reset;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.burrow.application.reset.PasswordResetUseCase;
import dev.burrow.http.auth.ClientAddress;
import dev.burrow.http.json.Fields;
import dev.burrow.http.json.Json;
import io.javalin.http.Context;

/**
 * PostHog's password reset routes: {@code POST /api/reset/} (204 for every address), {@code GET
 * /api/reset/{uuid}/?token=} (200, empty, while the link is good) and {@code POST /api/reset/{uuid}/} with the
 * token and the new password.
 */
public final class ResetController {

    private final PasswordResetUseCase reset;
    private final ClientAddress clients;
    private final String siteUrl;

    public ResetController(PasswordResetUseCase reset, ClientAddress clients, String siteUrl) {
        this.reset = reset;
        this.clients = clients;
        this.siteUrl = siteUrl;
    }

    public void request(Context ctx) {
        String email = Fields.of(ctx).string("email", true).orElse(null);
        reset.request(new PasswordResetUseCase.RequestResetCommand(email, clients.of(ctx), siteUrl));
        ctx.status(204);
    }

    public void check(Context ctx) {
        reset.check(ctx.pathParam("uuid"), ctx.queryParam("token"));
        ctx.status(200);
    }

    public void complete(Context ctx) {
        Fields fields = Fields.of(ctx);
        String email = reset.complete(new PasswordResetUseCase.CompleteResetCommand(ctx.pathParam("uuid"),
                fields.string("token", true).orElse(null), fields.string("password", true).orElse(null))).value();
        Json.respond(ctx, new Done(true, email));
    }

    /** PostHog's answer, compact and in this order: {@code {"success":true,"email":"a@b.c"}}. */
    @JsonPropertyOrder({"success", "email"})
    record Done(@JsonProperty("success") boolean success, @JsonProperty("email") String email) {
    }
}
