package dev.burrow.http.pagination;

import dev.burrow.http.auth.AllowedHosts;
import io.javalin.http.Context;

import java.util.regex.Pattern;

/**
 * Django REST framework's {@code LimitOffsetPagination}: {@code limit} (default 100, no maximum) and
 * {@code offset} from the query string, silently defaulted when not valid, and the {@code next} and
 * {@code previous} links built from the request's own URL, character for character as DRF builds them, on the host
 * {@link AllowedHosts} let through.
 */
public record LimitOffset(int limit, long offset) {

    public static final int DEFAULT_LIMIT = 100;
    private static final Pattern PYTHON_INT = Pattern.compile("[+-]?\\d+(_\\d+)*");

    public static LimitOffset of(Context ctx) {
        QueryString query = QueryString.of(ctx);
        long limit = parse(query.last("limit").orElse(null), true);
        long offset = parse(query.last("offset").orElse(null), false);
        return new LimitOffset(limit < 0 ? DEFAULT_LIMIT : (int) Math.min(limit, Integer.MAX_VALUE),
                Math.max(offset, 0));
    }

    /** The link to the following page, or null on the last page. */
    public String next(Context ctx, long count) {
        // Compared as offset >= count - limit so that offsets near Long.MAX_VALUE cannot overflow into a link.
        if (offset >= count - limit) {
            return null;
        }
        return url(ctx, requestQuery(ctx).with("limit", Integer.toString(limit))
                .with("offset", Long.toString(offset + limit)));
    }

    /** The link to the page before, or null on the first; the offset is left out when it would be zero or less. */
    public String previous(Context ctx) {
        if (offset <= 0) {
            return null;
        }
        QueryString query = requestQuery(ctx).with("limit", Integer.toString(limit));
        query = offset - limit <= 0 ? query.without("offset") : query.with("offset", Long.toString(offset - limit));
        return url(ctx, query);
    }

    private static QueryString requestQuery(Context ctx) {
        return QueryString.parse(ctx.queryString());
    }

    private static String url(Context ctx, QueryString query) {
        String encoded = query.encode();
        return ctx.scheme() + "://" + AllowedHosts.host(ctx) + ctx.path() + (encoded.isEmpty() ? "" : "?" + encoded);
    }

    /** Python's {@code int()} of a query value, or -1 when it is not one DRF accepts. */
    private static long parse(String value, boolean strict) {
        if (value == null) {
            return -1;
        }
        String trimmed = value.strip();
        if (!PYTHON_INT.matcher(trimmed).matches()) {
            return -1;
        }
        long parsed;
        try {
            parsed = Long.parseLong(trimmed.replace("_", ""));
        } catch (NumberFormatException e) {
            parsed = trimmed.startsWith("-") ? -1 : Long.MAX_VALUE;
        }
        if (parsed < 0 || strict && parsed == 0) {
            return -1;
        }
        return parsed;
    }
}
