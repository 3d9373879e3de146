package dev.burrow.http.pagination;

import io.javalin.http.Context;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A query string read and written the way Python's {@code urllib.parse} does it ({@code parse_qs} with blank
 * values kept, {@code urlencode} with {@code quote_plus}), which is how Django REST framework rewrites the
 * {@code next} and {@code previous} links: every parameter re-encoded, sorted by name.
 */
public final class QueryString {

    private final TreeMap<String, List<String>> parameters;

    private QueryString(TreeMap<String, List<String>> parameters) {
        this.parameters = parameters;
    }

    /** The query string of {@code ctx}, decoded as Django decodes it. */
    public static QueryString of(Context ctx) {
        return parse(ctx.queryString());
    }

    static QueryString parse(String raw) {
        TreeMap<String, List<String>> parameters = new TreeMap<>();
        if (raw != null) {
            for (String field : raw.split("&", -1)) {
                if (field.isEmpty()) {
                    continue;
                }
                int equals = field.indexOf('=');
                String name = unquotePlus(equals < 0 ? field : field.substring(0, equals));
                String value = equals < 0 ? "" : unquotePlus(field.substring(equals + 1));
                parameters.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
            }
        }
        return new QueryString(parameters);
    }

    /** The last value of {@code name}, as Django's {@code QueryDict} hands out a repeated parameter. */
    public Optional<String> last(String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(values.size() - 1));
    }

    QueryString with(String name, String value) {
        TreeMap<String, List<String>> copy = new TreeMap<>(parameters);
        copy.put(name, List.of(value));
        return new QueryString(copy);
    }

    QueryString without(String name) {
        TreeMap<String, List<String>> copy = new TreeMap<>(parameters);
        copy.remove(name);
        return new QueryString(copy);
    }

    String encode() {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            for (String value : parameter.getValue()) {
                if (out.length() > 0) {
                    out.append('&');
                }
                out.append(quotePlus(parameter.getKey())).append('=').append(quotePlus(value));
            }
        }
        return out.toString();
    }

    /** Python's {@code quote_plus}: unreserved characters stay, spaces become {@code +}, the rest {@code %XX}. */
    static String quotePlus(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c == '_' || c == '.' || c == '-' || c == '~') {
                out.append((char) c);
            } else if (c == ' ') {
                out.append('+');
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    /** Python's {@code unquote_plus}: malformed escapes are kept as they are, bad UTF-8 becomes U+FFFD. */
    static String unquotePlus(String value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] raw = value.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < raw.length; i++) {
            byte b = raw[i];
            if (b == '+') {
                bytes.write(' ');
            } else if (b == '%' && i + 2 < raw.length && hex(raw[i + 1]) >= 0 && hex(raw[i + 2]) >= 0) {
                bytes.write(hex(raw[i + 1]) << 4 | hex(raw[i + 2]));
                i += 2;
            } else {
                bytes.write(b);
            }
        }
        return StandardCharsets.UTF_8.decode(java.nio.ByteBuffer.wrap(bytes.toByteArray())).toString();
    }

    private static int hex(byte b) {
        return Character.digit(b, 16);
    }
}
