package dev.burrow.jdbc.database;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.burrow.domain.json.JsonDocument;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON kept in text columns: maps and lists written by one {@link ObjectMapper}, documents kept verbatim. */
public final class JsonColumns {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    // Readers made once: the mapper would otherwise resolve the type and find its deserializer on every read.
    private static final ObjectReader STRING_MAP = MAPPER.readerFor(new TypeReference<Map<String, String>>() {
    });
    private static final ObjectReader STRINGS = MAPPER.readerFor(new TypeReference<List<String>>() {
    });
    private static final ObjectReader LONGS = MAPPER.readerFor(new TypeReference<List<Long>>() {
    });

    private JsonColumns() {
    }

    /** {@code value} (maps, lists, strings, numbers, booleans) as JSON text. */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot be stored as JSON: " + value, e);
        }
    }

    /** {@link #write} for a value that may be absent: null stays SQL null. */
    public static String writeNullable(Object value) {
        return value == null ? null : write(value);
    }

    /** A JSON object of strings, in the order stored. */
    public static Map<String, String> stringMap(String json) {
        return read(json, STRING_MAP);
    }

    /** A JSON array of strings. */
    public static List<String> strings(String json) {
        return read(json, STRINGS);
    }

    /** A JSON array of whole numbers. */
    public static List<Long> longs(String json) {
        return read(json, LONGS);
    }

    /**
     * A JSON object read back as the domain models loose values: booleans as {@code Boolean}, every number as
     * {@code Double} (so a threshold stored as {@code 1} is still a fraction), objects as ordered maps.
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> looseObject(String json) {
        try {
            Object value = loose(MAPPER.readTree(json));
            if (!(value instanceof Map<?, ?>)) {
                throw new IllegalStateException("not a JSON object: " + json);
            }
            return (Map<String, Object>) value;
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stored text of a document, or null when there is none. */
    public static String text(JsonDocument document) {
        return document == null ? null : document.json();
    }

    /** The document stored as {@code text}, or none for SQL null. */
    public static JsonDocument document(String text) {
        return text == null ? null : new JsonDocument(text);
    }

    private static Object loose(JsonNode node) {
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            node.properties().forEach(field -> map.put(field.getKey(), loose(field.getValue())));
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(element -> list.add(loose(element)));
            return Collections.unmodifiableList(list);
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        return null;
    }

    private static <T> T read(String json, ObjectReader reader) {
        try {
            return reader.readValue(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
