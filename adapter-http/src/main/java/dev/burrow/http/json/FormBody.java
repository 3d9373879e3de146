package dev.burrow.http.json;

import dev.burrow.http.error.ErrorResponse;
import dev.burrow.http.error.HttpFailure;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Form-encoded and multipart bodies, read as Django reads them (QueryDict, MultiPartParser), from bytes already
 * bounded by the megabyte every route accepts: nothing is spooled to disk, and Django's caps on the number of
 * fields (1000) and files (100) hold. File parts count against the caps and are otherwise dropped: no burrow
 * route takes a file. Jetty's own parsers are never used: they answered a body that does not match its boundary,
 * or a charset Java does not know, with a 500, and wrote every file part to disk whole, before authentication.
 */
final class FormBody {

    /** Django's DATA_UPLOAD_MAX_NUMBER_FIELDS. */
    static final int MAX_FIELDS = 1000;
    /** Django's DATA_UPLOAD_MAX_NUMBER_FILES. */
    static final int MAX_FILES = 100;

    private static final Pattern BOUNDARY = Pattern.compile("[ -~]{0,200}[!-~]");
    private static final byte[] HEADER_END = {'\r', '\n', '\r', '\n'};
    /** Django reads a part's headers from its first kilobyte only. */
    private static final int MAX_HEADER_SIZE = 1024;

    private FormBody() {
    }

    /** A form-encoded body: fields split on {@code &}, each decoded in {@code charset}, bad bytes replaced. */
    static Map<String, List<String>> urlEncoded(byte[] body, Charset charset) {
        String text = decodedOrLatin1(body, charset);
        Map<String, List<String>> form = new LinkedHashMap<>();
        if (text.chars().filter(c -> c == '&').count() + 1 > MAX_FIELDS) {
            throw tooMany("The number of GET/POST parameters exceeded settings.DATA_UPLOAD_MAX_NUMBER_FIELDS.");
        }
        for (String pair : text.split("&", -1)) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            form.computeIfAbsent(unquote(name, charset), key -> new ArrayList<>()).add(unquote(value, charset));
        }
        return form;
    }

    /**
     * A multipart body. As Django's parser: the body is cut at each {@code --boundary}; a piece whose headers do not
     * end in its first kilobyte, or that has no {@code Content-Disposition} with a name, is skipped, so a body that
     * never mentions the boundary is an empty form; only a missing or malformed boundary is a parse error.
     */
    static Map<String, List<String>> multipart(String contentType, HeaderValue type, byte[] body, Charset charset) {
        if (!StandardCharsets.US_ASCII.newEncoder().canEncode(contentType)) {
            throw parseError("Invalid non-ASCII Content-Type in multipart: " + contentType);
        }
        String boundary = type.parameters().get("boundary");
        if (boundary == null || boundary.isEmpty() || !BOUNDARY.matcher(boundary).lookingAt()) {
            throw parseError("Invalid boundary in multipart: " + (boundary == null ? "None" : boundary));
        }
        Map<String, List<String>> form = new LinkedHashMap<>();
        if (body.length == 0) {
            return form;
        }
        byte[] separator = ("--" + boundary).getBytes(StandardCharsets.US_ASCII);
        int fields = 0;
        int files = 0;
        int start = 0;
        while (start < body.length) {
            int found = indexOf(body, separator, start, body.length);
            int end = found < 0 ? body.length : found;
            Part part = part(body, start, found < 0 ? end : withoutLineBreak(body, start, end));
            if (part.file()) {
                if (part.name() != null && ++files > MAX_FILES) {
                    throw tooMany("The number of files exceeded settings.DATA_UPLOAD_MAX_NUMBER_FILES.");
                }
            } else if (++fields > MAX_FIELDS + 2) {
                throw tooMany("The number of GET/POST parameters exceeded settings.DATA_UPLOAD_MAX_NUMBER_FIELDS.");
            } else if (part.name() != null) {
                form.computeIfAbsent(part.name(), key -> new ArrayList<>())
                        .add(new String(part.value(body), charset));
            }
            if (found < 0) {
                break;
            }
            start = found + separator.length;
        }
        return form;
    }

    /** One piece between boundaries: a field or file with its name, or nothing Django reads (no name). */
    private record Part(boolean file, String name, int dataStart, int dataEnd, boolean base64) {

        byte[] value(byte[] body) {
            byte[] raw = java.util.Arrays.copyOfRange(body, dataStart, dataEnd);
            if (base64) {
                try {
                    return Base64.getMimeDecoder().decode(raw);
                } catch (IllegalArgumentException e) {
                    return raw;
                }
            }
            return raw;
        }
    }

    private static Part part(byte[] body, int start, int end) {
        int headerEnd = indexOf(body, HEADER_END, start, Math.min(end, start + MAX_HEADER_SIZE));
        if (headerEnd < 0) {
            return new Part(false, null, 0, 0, false);
        }
        HeaderValue disposition = null;
        boolean base64 = false;
        String headers = new String(body, start, headerEnd - start, StandardCharsets.ISO_8859_1);
        for (String line : headers.split("\r\n")) {
            String decoded = strictUtf8(line.getBytes(StandardCharsets.ISO_8859_1));
            HeaderValue header = HeaderValue.parse(decoded);
            int colon = header.value().indexOf(':');
            if (decoded == null || colon < 0) {
                continue;
            }
            String name = header.value().substring(0, colon);
            HeaderValue value = new HeaderValue(header.value().substring(colon + 1), header.parameters());
            if (name.equals("content-disposition")) {
                disposition = value;
            } else if (name.equals("content-transfer-encoding")) {
                base64 = value.value().strip().equals("base64");
            }
        }
        if (disposition == null) {
            return new Part(false, null, 0, 0, false);
        }
        String filename = disposition.parameters().get("filename");
        String name = disposition.parameters().get("name");
        return new Part(filename != null && !filename.isEmpty(), name == null ? null : name.strip(),
                headerEnd + HEADER_END.length, end, base64);
    }

    /** Where a piece's data ends: before the line break that precedes the boundary. */
    private static int withoutLineBreak(byte[] body, int start, int end) {
        if (end > start && body[end - 1] == '\n') {
            end--;
        }
        if (end > start && body[end - 1] == '\r') {
            end--;
        }
        return end;
    }

    private static int indexOf(byte[] body, byte[] wanted, int from, int to) {
        outer:
        for (int i = from; i <= to - wanted.length; i++) {
            for (int j = 0; j < wanted.length; j++) {
                if (body[i + j] != wanted[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Python's {@code unquote_plus}: runs of {@code %XX} decoded in {@code charset}; a bad escape stays as it is. */
    private static String unquote(String text, Charset charset) {
        StringBuilder out = new StringBuilder(text.length());
        ByteArrayOutputStream escaped = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length() && hex(text.charAt(i + 1)) >= 0 && hex(text.charAt(i + 2)) >= 0) {
                escaped.write(hex(text.charAt(i + 1)) * 16 + hex(text.charAt(i + 2)));
                i += 2;
                continue;
            }
            if (escaped.size() > 0) {
                out.append(new String(escaped.toByteArray(), charset));
                escaped.reset();
            }
            out.append(c == '+' ? ' ' : c);
        }
        if (escaped.size() > 0) {
            out.append(new String(escaped.toByteArray(), charset));
        }
        return out.toString();
    }

    private static int hex(char c) {
        return Character.digit(c, 16) >= 0 && c < 128 ? Character.digit(c, 16) : -1;
    }

    /** QueryDict: the body in its charset, or in Latin-1 when it is not valid there. */
    private static String decodedOrLatin1(byte[] body, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            return new String(body, StandardCharsets.ISO_8859_1);
        }
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static HttpFailure parseError(String detail) {
        return HttpFailure.parseError("Multipart form parse error - " + detail);
    }

    /** Django refuses these as a SuspiciousOperation: a plain 400, given here in PostHog's format. */
    private static HttpFailure tooMany(String detail) {
        return new HttpFailure(400, new ErrorResponse("invalid_request", "bad_request", detail, null));
    }
}
