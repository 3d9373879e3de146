package dev.burrow.http;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.util.concurrent.TimeUnit;

/**
 * {@code http.server.requests}: a timer with a latency histogram per method, route template and status. The route
 * is the template ({@code /api/users/{uuid}}), never the path itself, so user ids do not multiply the series; a
 * request no route matched counts under {@code unmatched}.
 */
final class RequestMetrics {

    static final String NAME = "http.server.requests";
    private static final String UNMATCHED = "unmatched";

    private final MeterRegistry registry;

    RequestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void record(Context ctx, float milliseconds) {
        Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
        Timer.builder(NAME)
                .tag("method", ctx.method().name())
                .tag("route", endpoint == null ? UNMATCHED : endpoint.path)
                .tag("status", Integer.toString(ctx.statusCode()))
                .publishPercentileHistogram()
                .register(registry)
                .record((long) (milliseconds * 1_000_000), TimeUnit.NANOSECONDS);
    }
}
