package dev.burrow.http.json;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Datetimes as Django REST framework writes them: ISO 8601 in UTC with a {@code Z}, microseconds only when there
 * are any ({@code 2019-08-24T14:15:22Z}, {@code 2019-08-24T14:15:22.123456Z}).
 */
public final class PostHogTime {

    private static final DateTimeFormatter SECONDS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MICROS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private PostHogTime() {
    }

    public static String format(Instant instant) {
        if (instant == null) {
            return null;
        }
        return (instant.getNano() / 1000 == 0 ? SECONDS : MICROS).format(instant);
    }
}
