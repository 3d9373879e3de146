package dev.burrow.http.json;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A header such as {@code Content-Type} or a part's {@code Content-Disposition}, split as Django's
 * {@code parse_header_parameters} splits it: the main value in lower case, and parameters by lower-case name,
 * unquoted. Read from the header's text, never through the servlet request, which throws on a charset Java does
 * not know.
 */
public record HeaderValue(String value, Map<String, String> parameters) {

    /** {@code text} split; an absent header is an empty value with no parameters. */
    public static HeaderValue parse(String text) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (text == null) {
            return new HeaderValue("", parameters);
        }
        var pieces = split(text);
        for (String piece : pieces.subList(1, pieces.size())) {
            int equals = piece.indexOf('=');
            String name = (equals < 0 ? piece : piece.substring(0, equals)).strip().toLowerCase(Locale.ROOT);
            if (!name.isEmpty()) {
                parameters.put(name, equals < 0 ? "" : unquoted(piece.substring(equals + 1).strip()));
            }
        }
        return new HeaderValue(pieces.get(0).strip().toLowerCase(Locale.ROOT), parameters);
    }

    /**
     * The body's charset as Django chooses it: the {@code charset} parameter when it names one Python's codecs
     * know, else UTF-8. An unknown name is ignored, never an error (HttpRequest._set_content_type_params).
     */
    public Charset charset() {
        String name = parameters.get("charset");
        try {
            return name != null && Charset.isSupported(name) ? Charset.forName(name) : StandardCharsets.UTF_8;
        } catch (IllegalCharsetNameException e) {
            return StandardCharsets.UTF_8;
        }
    }

    /** The pieces between semicolons that are not inside quotes. */
    private static java.util.List<String> split(String text) {
        java.util.List<String> pieces = new java.util.ArrayList<>();
        StringBuilder piece = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\\' && quoted && i + 1 < text.length()) {
                piece.append(c);
                c = text.charAt(++i);
            } else if (c == ';' && !quoted) {
                pieces.add(piece.toString());
                piece.setLength(0);
                continue;
            }
            piece.append(c);
        }
        pieces.add(piece.toString());
        return pieces;
    }

    private static String unquoted(String value) {
        if (value.length() < 2 || !value.startsWith("\"") || !value.endsWith("\"")) {
            return value;
        }
        return value.substring(1, value.length() - 1).replace("\\\\", "\\").replace("\\\"", "\"");
    }
}
