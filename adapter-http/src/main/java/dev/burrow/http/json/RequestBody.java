package dev.burrow.http.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.burrow.http.error.HttpFailure;
import io.javalin.http.Context;

import java.util.List;
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

    private static RequestBody parse(Context ctx) {
        String contentType = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(java.util.Locale.ROOT);
        if (contentType.startsWith("application/x-www-form-urlencoded")) {
            return new RequestBody(null, ctx.formParamMap());
        }
        byte[] bytes = ctx.bodyAsBytes();
        if (bytes.length == 0) {
            return new RequestBody(null, Map.of());
        }
        try {
            return new RequestBody(Json.mapper().readTree(bytes), Map.of());
        } catch (JacksonException e) {
            throw HttpFailure.parseError("JSON parse error - " + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw HttpFailure.parseError("JSON parse error - " + e.getMessage());
        }
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
