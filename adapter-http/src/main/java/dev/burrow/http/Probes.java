package dev.burrow.http;

import dev.burrow.application.health.ReadinessCheck;
import dev.burrow.http.json.Json;
import io.javalin.http.Context;

import java.util.LinkedHashMap;
import java.util.Map;

/** What load balancers and orchestrators ask: is the process up, and is it ready for traffic. */
final class Probes {

    private final ReadinessCheck readiness;

    Probes(ReadinessCheck readiness) {
        this.readiness = readiness;
    }

    /** 200 while the process answers at all. */
    void health(Context ctx) {
        Json.respond(ctx, Map.of("status", "ok"));
    }

    /**
     * 200 when the database answers and holds this build's schema and start-up work is done, else 503; the body
     * says which part failed.
     */
    void ready(Context ctx) {
        ReadinessCheck.Readiness found = readiness.check();
        ctx.status(found.ready() ? 200 : 503);
        Map<String, Boolean> body = new LinkedHashMap<>();
        body.put("database", found.database());
        body.put("schema", found.schema());
        body.put("started", found.started());
        Json.respond(ctx, body);
    }
}
