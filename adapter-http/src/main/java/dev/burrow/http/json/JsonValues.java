package dev.burrow.http.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.burrow.domain.json.JsonDocument;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * JSON as the plain Java values the application reads (String, Boolean, Long or BigInteger, BigDecimal, List, Map,
 * null), keeping Python's distinction between {@code 1} and {@code 1.0}. Fields the application stores as they are
 * arrive as {@link JsonDocument}s.
 */
public final class JsonValues {

    private JsonValues() {
    }

    /** The members of {@code object}, with the members named in {@code documents} kept as JSON documents. */
    public static Map<String, Object> members(JsonNode object, Set<String> documents) {
        Map<String, Object> members = new LinkedHashMap<>();
        object.fields().forEachRemaining(field -> members.put(field.getKey(), documents.contains(field.getKey())
                ? document(field.getValue())
                : plain(field.getValue())));
        return members;
    }

    /** The value as a JSON document, or null for JSON null. */
    public static JsonDocument document(JsonNode value) {
        return value == null || value.isNull() ? null : new JsonDocument(value.toString());
    }

    public static Object plain(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            value.fields().forEachRemaining(field -> map.put(field.getKey(), plain(field.getValue())));
            return map;
        }
        if (value.isArray()) {
            List<Object> list = new ArrayList<>();
            value.forEach(item -> list.add(plain(item)));
            return list;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isIntegralNumber()) {
            return value.canConvertToLong() ? (Object) value.longValue() : value.bigIntegerValue();
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        return value.asText();
    }
}
