package dev.burrow.http.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import dev.burrow.domain.text.PythonText;
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

    /**
     * The value as a JSON document, or null for JSON null: written back as Python's {@code json} module would
     * after reading it, so decimals become floats in Python's spelling ({@code 1.50} is {@code 1.5}, {@code 1e3}
     * is {@code 1000.0}).
     */
    public static JsonDocument document(JsonNode value) {
        return value == null || value.isNull() ? null
                : new JsonDocument(escapeLoneSurrogates(pythonFloats(value).toString()));
    }

    /**
     * Half a surrogate pair ({@code "\ud800"} in the request) is a JSON string but no text: written as it is, the
     * document could not be sent back as UTF-8. Written as its escape, as Python's {@code json.dumps} does, it stays
     * the same JSON value.
     */
    private static String escapeLoneSurrogates(String json) {
        StringBuilder escaped = null;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < json.length()
                    && Character.isLowSurrogate(json.charAt(i + 1));
            if (paired) {
                if (escaped != null) {
                    escaped.append(c).append(json.charAt(i + 1));
                }
                i++;
            } else if (Character.isSurrogate(c)) {
                if (escaped == null) {
                    escaped = new StringBuilder(json.length() + 16).append(json, 0, i);
                }
                escaped.append(String.format("\\u%04x", (int) c));
            } else if (escaped != null) {
                escaped.append(c);
            }
        }
        return escaped == null ? json : escaped.toString();
    }

    private static JsonNode pythonFloats(JsonNode value) {
        if (value.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            value.fields().forEachRemaining(field -> copy.set(field.getKey(), pythonFloats(field.getValue())));
            return copy;
        }
        if (value.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            value.forEach(item -> copy.add(pythonFloats(item)));
            return copy;
        }
        if (value.isFloatingPointNumber() && Double.isFinite(value.doubleValue())) {
            return JsonNodeFactory.instance.rawValueNode(new RawValue(PythonText.str(value.decimalValue())));
        }
        return value;
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
