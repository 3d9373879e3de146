package dev.burrow.http.autonomy;

import dev.burrow.application.autonomy.SignalAutonomyUseCase;
import dev.burrow.domain.autonomy.AutonomyPriority;
import dev.burrow.http.auth.Authenticator;
import dev.burrow.http.json.Fields;
import dev.burrow.http.json.Json;
import io.javalin.http.Context;

/**
 * {@code GET}, {@code POST} and {@code DELETE /api/users/{id}/signal_autonomy/}, where {@code id} is {@code @me},
 * the user's integer id or their UUID. POST creates or updates and always answers 200.
 */
public final class SignalAutonomyController {

    private final SignalAutonomyUseCase autonomy;

    public SignalAutonomyController(SignalAutonomyUseCase autonomy) {
        this.autonomy = autonomy;
    }

    public void retrieve(Context ctx) {
        Json.respond(ctx, SignalAutonomyResponse.from(autonomy.get(Authenticator.actor(ctx), ctx.pathParam("id"))));
    }

    public void save(Context ctx) {
        Json.respond(ctx, SignalAutonomyResponse.from(autonomy.save(Authenticator.actor(ctx), ctx.pathParam("id"),
                () -> Fields.of(ctx).choice("autostart_priority", AutonomyPriority.class, true))));
    }

    public void delete(Context ctx) {
        autonomy.delete(Authenticator.actor(ctx), ctx.pathParam("id"));
        ctx.status(204);
    }
}
