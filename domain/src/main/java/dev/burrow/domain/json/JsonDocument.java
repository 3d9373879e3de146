package dev.burrow.domain.json;

import dev.burrow.domain.HostApi;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A JSON value the domain stores and hands back without looking inside (a hedgehog's outfit, a column layout).
 * The text is produced by an adapter that has already parsed it, so it is always well-formed JSON; JSON
 * {@code null} is modelled as the absence of a document, not as a document.
 */
@HostApi
public record JsonDocument(String json) {

    public static final JsonDocument EMPTY_OBJECT = new JsonDocument("{}");

    /** The JSON values Python counts as false: {@code {}}, {@code []}, {@code ""}, {@code false} and zero. */
    private static final Pattern FALSY = Pattern.compile(
            "\\{\\s*}|\\[\\s*]|\"\"|false|-?0+(\\.0*)?([eE][+-]?\\d+)?");

    public JsonDocument {
        Objects.requireNonNull(json, "json");
        if (json.isBlank()) {
            throw new IllegalArgumentException("a JSON document cannot be blank");
        }
    }

    /** Whether Python would count the value as true, as PostHog's {@code value or {}} does. */
    public boolean truthy() {
        return !FALSY.matcher(json.strip()).matches();
    }

    @Override
    public String toString() {
        return json;
    }
}
