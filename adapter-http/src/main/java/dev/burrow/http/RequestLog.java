package dev.burrow.http;

import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
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
        String id = offered != null && USABLE_ID.matcher(offered).matches() ? offered : newId().toString();
        ctx.header(HEADER, id);
        MDC.put(CONTEXT_KEY, id);
    }

    /** Writes the request's line once its answer is known, and clears the logging context of the thread. */
    static void end(Context ctx, float milliseconds) {
        try {
            if (LOG.isInfoEnabled()) {
                LOG.info("{} {} {} {}ms", ctx.method().name(), ctx.path(), ctx.statusCode(), tenths(milliseconds));
            }
        } finally {
            MDC.remove(CONTEXT_KEY);
        }
    }

    /**
     * A random (version 4) UUID from the thread's own generator: an id need only be unique, and {@code
     * UUID.randomUUID} draws from the one {@code SecureRandom} every request thread shares.
     */
    static UUID newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = random.nextLong() & ~0xF000L | 0x4000L;
        long low = random.nextLong() & ~(0xCL << 60) | (0x8L << 60);
        return new UUID(high, low);
    }

    /** {@code 12.3}: the milliseconds to a tenth, as {@code String.format("%.1f")} writes them, without its parser. */
    static String tenths(float milliseconds) {
        long tenths = Math.round((double) milliseconds * 10);
        return (tenths / 10) + "." + (tenths % 10);
    }
}
