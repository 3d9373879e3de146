package dev.burrow.http;

import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One log line per request, and the request id that ties it to everything else logged while serving it. The id is
 * the caller's {@code X-Request-ID} when it looks like one (a proxy in front may have set it), else a new one; it
 * is sent back in the same header and sits in the logging context as {@code request_id} until the line is written.
 *
 * <p>The line carries the method, the path without its query, the status and the time taken: a query can carry an
 * OAuth code or an email address, and no header or body is ever logged, so keys, passwords, codes and session ids
 * stay out of the logs.
 */
final class RequestLog {

    static final String HEADER = "X-Request-ID";
    static final String CONTEXT_KEY = "request_id";
    private static final Logger LOG = LoggerFactory.getLogger("dev.burrow.http.requests");
    private static final Pattern USABLE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private RequestLog() {
    }

    /** Names the request: before anything else runs for it. */
    static void begin(Context ctx) {
        String offered = ctx.header(HEADER);
        String id = offered != null && USABLE_ID.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
        ctx.header(HEADER, id);
        MDC.put(CONTEXT_KEY, id);
    }

    /** Writes the request's line once its answer is known, and clears the logging context of the thread. */
    static void end(Context ctx, float milliseconds) {
        try {
            LOG.info("{} {} {} {}ms", ctx.method().name(), ctx.path(), ctx.statusCode(),
                    String.format(java.util.Locale.ROOT, "%.1f", milliseconds));
        } finally {
            MDC.remove(CONTEXT_KEY);
        }
    }
}
