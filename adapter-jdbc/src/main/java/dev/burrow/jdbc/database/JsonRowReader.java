package dev.burrow.jdbc.database;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Reads one row of a {@link ProfilePart}, a JSON array of its elements, element after element with Jackson's
 * streaming parser, typed as the adapter's rows hold them: no tree, no reflection. The same values as {@link
 * RowReader} reads from columns, whichever database wrote the JSON: numbers, {@code true}/{@code false}, strings
 * (UUIDs and timestamps among them) and {@code null}.
 */
public final class JsonRowReader {

    private final JsonParser parser;

    JsonRowReader(JsonParser parser) {
        this.parser = parser;
    }

    private JsonToken next() throws IOException {
        JsonToken token = parser.nextToken();
        if (token == null || token == JsonToken.END_ARRAY || token == JsonToken.START_ARRAY
                || token == JsonToken.START_OBJECT) {
            throw new IllegalStateException("a profile part's row has not the elements its reader reads: " + token);
        }
        return token;
    }

    public String text() throws IOException {
        return next() == JsonToken.VALUE_NULL ? null : parser.getText();
    }

    public UUID uuid() throws IOException {
        String value = text();
        return value == null ? null : UUID.fromString(value);
    }

    public Instant instant() throws IOException {
        if (next() == JsonToken.VALUE_NULL) {
            return null;
        }
        return Timestamps.instant(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
    }

    public long longValue() throws IOException {
        next();
        return parser.getLongValue();
    }

    public Long nullableLong() throws IOException {
        return next() == JsonToken.VALUE_NULL ? null : parser.getLongValue();
    }

    public int intValue() throws IOException {
        next();
        return parser.getIntValue();
    }

    public boolean bool() throws IOException {
        return booleanOf(next());
    }

    public Boolean nullableBool() throws IOException {
        JsonToken token = next();
        return token == JsonToken.VALUE_NULL ? null : booleanOf(token);
    }

    private static boolean booleanOf(JsonToken token) {
        if (token == JsonToken.VALUE_TRUE) {
            return true;
        }
        if (token == JsonToken.VALUE_FALSE) {
            return false;
        }
        throw new IllegalStateException("a boolean element is " + token);
    }

    /**
     * A {@code timestamp with time zone} as the databases write it in JSON: PostgreSQL's {@code
     * 2026-12-08T02:23:37.074086+00:00} (in the session's zone, trailing zeros of the fraction dropped), H2's
     * {@code ...+00}; read without a formatter, to the microsecond (to the nanosecond if given).
     */
    static final class Timestamps {

        private Timestamps() {
        }

        static Instant instant(char[] text, int offset, int length) {
            Instant fast = fast(text, offset, length);
            return fast != null ? fast : OffsetDateTime.parse(new String(text, offset, length)).toInstant();
        }

        /** The common shape {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}](+|-)HH[:MM[:SS]]}, or null for anything else. */
        private static Instant fast(char[] t, int o, int n) {
            int end = o + n;
            if (n < 22 || t[o + 4] != '-' || t[o + 7] != '-' || (t[o + 10] != 'T' && t[o + 10] != ' ')
                    || t[o + 13] != ':' || t[o + 16] != ':') {
                return null;
            }
            int year = digits(t, o, 4);
            int month = digits(t, o + 5, 2);
            int day = digits(t, o + 8, 2);
            int hour = digits(t, o + 11, 2);
            int minute = digits(t, o + 14, 2);
            int second = digits(t, o + 17, 2);
            if ((year | month | day | hour | minute | second) < 0 || month < 1 || month > 12 || day < 1 || day > 31
                    || hour > 23 || minute > 59 || second > 59) {
                return null;
            }
            int i = o + 19;
            int nanos = 0;
            if (i < end && t[i] == '.') {
                i++;
                int scale = 100_000_000;
                int from = i;
                while (i < end && t[i] >= '0' && t[i] <= '9') {
                    if (i - from >= 9) {
                        return null;
                    }
                    nanos += (t[i] - '0') * scale;
                    scale /= 10;
                    i++;
                }
                if (i == from) {
                    return null;
                }
            }
            int offsetSeconds;
            if (i < end && t[i] == 'Z') {
                offsetSeconds = 0;
                i++;
            } else if (i + 3 <= end && (t[i] == '+' || t[i] == '-')) {
                int sign = t[i] == '-' ? -1 : 1;
                int hours = digits(t, i + 1, 2);
                i += 3;
                int minutes = 0;
                int seconds = 0;
                if (i + 3 <= end && t[i] == ':') {
                    minutes = digits(t, i + 1, 2);
                    i += 3;
                    if (i + 3 <= end && t[i] == ':') {
                        seconds = digits(t, i + 1, 2);
                        i += 3;
                    }
                }
                if ((hours | minutes | seconds) < 0 || hours > 18 || minutes > 59 || seconds > 59) {
                    return null;
                }
                offsetSeconds = sign * (hours * 3600 + minutes * 60 + seconds);
            } else {
                return null;
            }
            if (i != end) {
                return null;
            }
            long epochSecond = epochDay(year, month, day) * 86_400L + hour * 3600L + minute * 60L + second
                    - offsetSeconds;
            return Instant.ofEpochSecond(epochSecond, nanos);
        }

        private static int digits(char[] t, int from, int count) {
            int value = 0;
            for (int i = from; i < from + count; i++) {
                char c = t[i];
                if (c < '0' || c > '9') {
                    return -1;
                }
                value = value * 10 + (c - '0');
            }
            return value;
        }

        /** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
        static long epochDay(int year, int month, int day) {
            int y = month <= 2 ? year - 1 : year;
            int era = Math.floorDiv(y, 400);
            int yearOfEra = y - era * 400;
            int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
            int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
            return era * 146_097L + dayOfEra - 719_468;
        }
    }
}
