package dev.burrow.http.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.burrow.http.error.ErrorResponse;
import dev.burrow.http.error.HttpFailure;
import io.javalin.http.Context;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A request's body, parsed once per request whoever asks first (authentication looks in it for a key, then the
 * handler reads it). JSON and form-encoded bodies are understood, as Django REST framework understands them.
 */
public final class RequestBody {

    private static final String ATTRIBUTE = RequestBody.class.getName();

    private final JsonNode json;
    private final Map<String, List<String>> form;

    private RequestBody(JsonNode json, Map<String, List<String>> form) {
        this.json = json;
        this.form = form;
    }

    /** The parsed body of {@code ctx}; a malformed JSON body fails with PostHog's 400 {@code parse_error}. */
    public static RequestBody of(Context ctx) {
        RequestBody cached = ctx.attribute(ATTRIBUTE);
        if (cached == null) {
            cached = parse(ctx);
            ctx.attribute(ATTRIBUTE, cached);
        }
        return cached;
    }

    /**
     * As Django REST framework parses: JSON, form-encoded and multipart bodies are understood; no content type
     * means no data; any other content type with a body is 415. Every body is read whole, through the megabyte
     * limit (413 past it), before it is parsed; the charset is Django's choice (an unknown one is ignored).
     */
    private static RequestBody parse(Context ctx) {
        String contentType = ctx.header("Content-Type");
        HeaderValue type = HeaderValue.parse(contentType);
        String mediaType = type.value();
        if (mediaType.equals("application/x-www-form-urlencoded")) {
            return new RequestBody(null, FormBody.urlEncoded(bytes(ctx), type.charset()));
        }
        if (mediaType.equals("multipart/form-data")) {
            return new RequestBody(null, FormBody.multipart(contentType, type, bytes(ctx), type.charset()));
        }
        byte[] bytes = mediaType.isEmpty() ? new byte[0] : bytes(ctx);
        if (bytes.length == 0) {
            return new RequestBody(null, Map.of());
        }
        if (!mediaType.equals("application/json")) {
            throw new HttpFailure(415, new ErrorResponse("invalid_request",
                    "unsupported_media_type", "Unsupported media type \"" + contentType + "\" in request.",
                    null));
        }
        try {
            JsonNode parsed = type.charset().equals(StandardCharsets.UTF_8) ? Json.mapper().readTree(bytes)
                    : Json.mapper().readTree(decoded(bytes, type.charset()));
            if (parsed.isMissingNode()) {
                throw HttpFailure.parseError("JSON parse error - " + nothingIn(new String(bytes, type.charset())));
            }
            return new RequestBody(parsed, Map.of());
        } catch (JacksonException e) {
            throw HttpFailure.parseError("JSON parse error - " + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw HttpFailure.parseError("JSON parse error - " + e.getMessage());
        }
    }

    /**
     * The body, at most the megabyte (Javalin answers 413 past it). A body that ends before its declared length (the
     * client went away) is the client's doing: a 400, not a server error in the log.
     */
    private static byte[] bytes(Context ctx) {
        try {
            return ctx.bodyAsBytes();
        } catch (RuntimeException e) {
            if (e.getCause() instanceof java.io.IOException) {
                throw new HttpFailure(400, new ErrorResponse("invalid_request", "bad_request", "Bad Request.", null));
            }
            throw e;
        } catch (Exception e) {
            if (e instanceof java.io.IOException) {
                throw new HttpFailure(400, new ErrorResponse("invalid_request", "bad_request", "Bad Request.", null));
            }
            throw new IllegalStateException(e);
        }
    }

    /** A body in a charset other than UTF-8, decoded strictly as Python's codecs decode it for DRF's JSON parser. */
    private static String decoded(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw HttpFailure.parseError("JSON parse error - '" + charset.name().toLowerCase(Locale.ROOT)
                    + "' codec can't decode the body");
        }
    }

    /** Python's complaint about a body of nothing but white space: where it stopped looking for a value. */
    private static String nothingIn(String text) {
        int line = 1 + (int) text.chars().filter(c -> c == '\n').count();
        int column = text.length() - text.lastIndexOf('\n');
        return "Expecting value: line " + line + " column " + column + " (char " + text.length() + ")";
    }

    /** The fields of a form-encoded body, each with all its values. */
    public Map<String, List<String>> form() {
        return form;
    }

    /** The JSON value of the body, if it was JSON. */
    public Optional<JsonNode> json() {
        return Optional.ofNullable(json);
    }

    /** The body as a JSON object, if it was one. */
    public Optional<ObjectNode> object() {
        return json instanceof ObjectNode object ? Optional.of(object) : Optional.empty();
    }

    /** Whether the body has {@code field} at its top level (a JSON object key or a form field). */
    public boolean has(String field) {
        return json instanceof ObjectNode object ? object.has(field) : form.containsKey(field);
    }

    /** {@code field}'s text: a JSON string or form value; empty for absent fields and other JSON types. */
    public Optional<String> text(String field) {
        if (json instanceof ObjectNode object) {
            JsonNode value = object.get(field);
            return value != null && value.isTextual() ? Optional.of(value.textValue()) : Optional.empty();
        }
        List<String> values = form.get(field);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(values.size() - 1));
    }
}
