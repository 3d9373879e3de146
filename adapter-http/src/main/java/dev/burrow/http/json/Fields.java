package dev.burrow.http.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.burrow.domain.failure.InvalidInputException;
import dev.burrow.domain.text.PythonText;
import io.javalin.http.Context;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A request body read the way Django REST framework's serializer fields read it, with their messages and codes:
 * strings accept numbers, integers accept integral strings, lists must be lists. Each accessor returns empty when
 * the field is absent; {@code required...} fails then.
 */
public final class Fields {

    private final ObjectNode body;

    private Fields(ObjectNode body) {
        this.body = body;
    }

    /**
     * The body of {@code ctx} as fields. A body that is JSON but not an object fails as DRF fails it; an empty body
     * has no fields; a form body's fields are its last values.
     */
    public static Fields of(Context ctx) {
        RequestBody body = RequestBody.of(ctx);
        Optional<JsonNode> json = body.json();
        if (json.isPresent()) {
            if (json.get() instanceof ObjectNode object) {
                return new Fields(object);
            }
            throw InvalidInputException.invalid(
                    "Invalid data. Expected a dictionary, but got " + pythonType(json.get()) + ".", null);
        }
        ObjectNode form = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, List<String>> field : body.form().entrySet()) {
            List<String> values = field.getValue();
            form.put(field.getKey(), values.isEmpty() ? "" : values.get(values.size() - 1));
        }
        return new Fields(form);
    }

    /**
     * The body as plain Java members (see {@link JsonValues}), those named in {@code documents} as JSON
     * documents; form fields are strings.
     */
    public Map<String, Object> members(Set<String> documents) {
        return JsonValues.members(body, documents);
    }

    /** The fields as one JSON object; a form body's fields have their last values, an empty body none. */
    public ObjectNode object() {
        return body.deepCopy();
    }

    public boolean has(String field) {
        return body.has(field);
    }

    /** The raw JSON of a field, if present. */
    public Optional<JsonNode> raw(String field) {
        return Optional.ofNullable(body.get(field));
    }

    /** A {@code CharField}: strings, and numbers as their text; blank refused unless {@code allowBlank}. */
    public Optional<String> string(String field, boolean allowBlank) {
        JsonNode value = body.get(field);
        if (value == null) {
            return Optional.empty();
        }
        return Optional.of(string(value, field, allowBlank));
    }

    public String requiredString(String field, boolean allowBlank) {
        return string(field, allowBlank).orElseThrow(() -> required(field));
    }

    /** A {@code ListField} of {@code CharField}s. */
    public Optional<List<String>> stringList(String field) {
        return list(field).map(items -> {
            List<String> strings = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                strings.add(string(items.get(i), field + "__" + i, false));
            }
            return strings;
        });
    }

    /** A {@code ListField} of {@code IntegerField}s. */
    public Optional<List<Long>> integerList(String field) {
        return list(field).map(items -> {
            List<Long> numbers = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                numbers.add(integer(items.get(i), field + "__" + i));
            }
            return numbers;
        });
    }

    /** The failure DRF reports for a missing required field. */
    public static InvalidInputException required(String field) {
        return new InvalidInputException("required", "This field is required.", field);
    }

    private Optional<List<JsonNode>> list(String field) {
        JsonNode value = body.get(field);
        if (value == null) {
            return Optional.empty();
        }
        if (value.isNull()) {
            throw notNull(field);
        }
        if (!value.isArray()) {
            throw new InvalidInputException("not_a_list",
                    "Expected a list of items but got type \"" + pythonType(value) + "\".", field);
        }
        List<JsonNode> items = new ArrayList<>();
        value.forEach(items::add);
        return Optional.of(items);
    }

    private static String string(JsonNode value, String field, boolean allowBlank) {
        if (value.isNull()) {
            throw notNull(field);
        }
        String text;
        if (value.isTextual()) {
            text = value.textValue();
        } else if (value.isIntegralNumber()) {
            text = value.bigIntegerValue().toString();
        } else if (value.isNumber()) {
            text = PythonText.str(value.decimalValue());
        } else {
            throw InvalidInputException.invalid("Not a valid string.", field);
        }
        if (!allowBlank && PythonText.strip(text).isEmpty()) {
            throw new InvalidInputException("blank", "This field may not be blank.", field);
        }
        return text;
    }

    private static long integer(JsonNode value, String field) {
        if (value.isNull()) {
            throw notNull(field);
        }
        try {
            if (value.isIntegralNumber() && value.canConvertToLong()) {
                return value.longValue();
            }
            if (value.isNumber() || value.isTextual()) {
                BigDecimal number = new BigDecimal(value.asText().strip());
                return number.stripTrailingZeros().scale() <= 0 ? number.longValueExact() : invalidInteger(field);
            }
        } catch (ArithmeticException | NumberFormatException e) {
            return invalidInteger(field);
        }
        return invalidInteger(field);
    }

    private static long invalidInteger(String field) {
        throw InvalidInputException.invalid("A valid integer is required.", field);
    }

    private static InvalidInputException notNull(String field) {
        return new InvalidInputException("null", "This field may not be null.", field);
    }

    /** How Python names the type of a JSON value, as DRF's messages quote it. */
    static String pythonType(JsonNode value) {
        if (value.isObject()) {
            return "dict";
        }
        if (value.isArray()) {
            return "list";
        }
        if (value.isTextual()) {
            return "str";
        }
        if (value.isBoolean()) {
            return "bool";
        }
        if (value.isIntegralNumber()) {
            return "int";
        }
        if (value.isNumber()) {
            return "float";
        }
        return "NoneType";
    }
}
