package dev.burrow.http;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * {@code http.server.requests}: a timer with a latency histogram per method, route template and status. The route
 * is the template ({@code /api/users/{uuid}}), never the path itself, so user ids do not multiply the series; a
 * request no route matched counts under {@code unmatched}. Each series' timer is registered once and kept: building
 * and registering it per request (tags sorted, the registry's map searched) cost more than recording.
 */
final class RequestMetrics {

    static final String NAME = "http.server.requests";
    private static final String UNMATCHED = "unmatched";

    private final MeterRegistry registry;
    private final Map<Series, Timer> timers = new ConcurrentHashMap<>();

    RequestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** One series of the timer. */
    private record Series(String method, String route, int status) {
    }

    void record(Context ctx, float milliseconds) {
        Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
        Series series = new Series(ctx.method().name(), endpoint == null ? UNMATCHED : endpoint.path,
                ctx.statusCode());
        timers.computeIfAbsent(series, this::register)
                .record((long) (milliseconds * 1_000_000), TimeUnit.NANOSECONDS);
    }

    private Timer register(Series series) {
        return Timer.builder(NAME)
                .tag("method", series.method())
                .tag("route", series.route())
                .tag("status", Integer.toString(series.status()))
                .publishPercentileHistogram()
                .register(registry);
    }
}
