package dev.burrow.domain.json;

import java.util.Objects;

/**
 * A JSON value the domain stores and hands back without looking inside (a hedgehog's outfit, a column layout).
 * The text is produced by an adapter that has already parsed it, so it is always well-formed JSON; JSON
 * {@code null} is modelled as the absence of a document, not as a document.
 */
public record JsonDocument(String json) {

    public static final JsonDocument EMPTY_OBJECT = new JsonDocument("{}");

    public JsonDocument {
        Objects.requireNonNull(json, "json");
        if (json.isBlank()) {
            throw new IllegalArgumentException("a JSON document cannot be blank");
        }
    }

    @Override
    public String toString() {
        return json;
    }
}
