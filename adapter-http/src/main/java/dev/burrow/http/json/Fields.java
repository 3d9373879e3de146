package dev.burrow.http.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import dev.burrow.application.user.FieldValue;
import dev.burrow.domain.failure.InvalidInputException;
import dev.burrow.domain.json.JsonDocument;
import dev.burrow.domain.text.PythonText;
import dev.burrow.domain.text.TextField;
import dev.burrow.domain.user.Choice;
import io.javalin.http.Context;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A request body read the way Django REST framework's serializer fields read it, with their messages and codes:
 * strings accept numbers, integers accept integral strings, booleans are spelled {@code "yes"} or {@code 1}, lists
 * must be lists. This is the one place DRF's type messages live. The {@code Optional} accessors return empty when the
 * field is absent ({@code required...} fails then) and throw a type error; the {@link FieldValue} accessors hand the
 * type error to the use case, which checks its fields in PostHog's order, type and value alike. JSON reaches the
 * application as plain Java values ({@link #plain}), or as a {@link JsonDocument} where it is stored as sent.
 */
public final class Fields {

    private static final Set<String> TRUE = Set.of("t", "T", "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE",
            "on", "On", "ON", "1");
    private static final Set<String> FALSE = Set.of("f", "F", "n", "N", "no", "No", "NO", "false", "False", "FALSE",
            "off", "Off", "OFF", "0");
    private static final Set<String> NULL = Set.of("null", "Null", "NULL", "");

    private final ObjectNode body;
    private final Set<String> read = new HashSet<>();

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
     * The body as plain Java members (see {@link #plain}), those named in {@code documents} as JSON documents; form
     * fields are strings.
     */
    public Map<String, Object> members(Set<String> documents) {
        return members(body, documents);
    }

    /** Whether the body has keys none of the {@link FieldValue} accessors has read (unknown or read-only ones). */
    public boolean hasUnread() {
        for (var names = body.fieldNames(); names.hasNext(); ) {
            if (!read.contains(names.next())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A {@code CharField}'s value as text (a number as Python prints it), before the text rules of its value: the
     * one reader of DRF's strings. A caller that takes the field as it comes asks {@code .orElse(null)} of it,
     * which throws its type error there.
     */
    public FieldValue<String> text(String field) {
        return read(field, value -> {
            if (value == null) {
                throw notNull(field);
            }
            if (!(value instanceof String) && !(value instanceof Number)) {
                throw notAString(field);
            }
            return PythonText.str(value);
        });
    }

    /** A {@code BooleanField}, or with {@code nullable} a {@code NullBooleanField}, with DRF's spellings. */
    public FieldValue<Boolean> bool(String field, boolean nullable) {
        return read(field, value -> {
            if (value instanceof Boolean flag) {
                return flag;
            }
            if (value == null || value instanceof String text && NULL.contains(text)) {
                if (nullable) {
                    return null;
                }
                if (value == null) {
                    throw notNull(field);
                }
            }
            if (value instanceof String text) {
                if (TRUE.contains(text)) {
                    return true;
                }
                if (FALSE.contains(text)) {
                    return false;
                }
            }
            if (value instanceof Number number) {
                BigDecimal decimal = new BigDecimal(number.toString());
                if (decimal.compareTo(BigDecimal.ONE) == 0) {
                    return true;
                }
                if (decimal.signum() == 0) {
                    return false;
                }
            }
            throw InvalidInputException.invalid("Must be a valid boolean.", field);
        });
    }

    /**
     * A {@code ChoiceField}: one of {@code type}'s values, as text (numbers and booleans as Python prints them);
     * {@code lenient} also lets null through, as PostHog's nullable choice fields do.
     */
    public <E extends Enum<E> & Choice> FieldValue<E> choice(String field, Class<E> type, boolean lenient) {
        return read(field, value -> {
            if (value == null) {
                if (lenient) {
                    return null;
                }
                throw notNull(field);
            }
            String text = PythonText.str(value);
            if (text.isEmpty() && !lenient) {
                throw invalidChoice(text, field);
            }
            return Choice.parse(type, text).orElseThrow(() -> invalidChoice(text, field));
        });
    }

    /** A {@code DictField}: a JSON object, as plain Java (see {@link #plain}). */
    public FieldValue<Map<String, Object>> dictionary(String field) {
        return read(field, value -> {
            if (value == null) {
                throw notNull(field);
            }
            if (!(value instanceof Map<?, ?> map)) {
                throw new InvalidInputException("not_a_dict", "Expected a dictionary of items but got type \""
                        + PythonText.typeName(value) + "\".", field);
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> entries = (Map<String, Object>) map;
            return entries;
        });
    }

    /** A {@code JSONField}: any JSON, kept as its document (null for JSON null, when {@code nullable}). */
    public FieldValue<JsonDocument> json(String field, boolean nullable) {
        read.add(field);
        JsonNode value = body.get(field);
        if (value == null) {
            return FieldValue.absent();
        }
        if (value.isNull() && !nullable) {
            return FieldValue.invalid(notNull(field));
        }
        return FieldValue.of(document(value));
    }

    /**
     * A {@code PrimaryKeyRelatedField}'s key: integers, numbers (truncated) and integer text, read as Django's
     * {@code int()} reads them; other types are refused by name.
     */
    public FieldValue<PrimaryKey> primaryKey(String field) {
        return read(field, value -> {
            if (value == null) {
                throw notNull(field);
            }
            if (value instanceof Boolean || value instanceof List<?> || value instanceof Map<?, ?>) {
                throw incorrectType(value, field);
            }
            BigInteger number = PythonText.integer(value).orElseThrow(() -> incorrectType(value, field));
            return new PrimaryKey(PythonText.str(value), number);
        });
    }

    /** A primary key as it was sent ({@code sent}, for the errors that name it) and the integer it reads as. */
    public record PrimaryKey(String sent, BigInteger number) {
    }

    /** The field as plain Java, read by {@code reader}; a type error it throws is handed on in the value. */
    private <T> FieldValue<T> read(String field, java.util.function.Function<Object, T> reader) {
        read.add(field);
        JsonNode value = body.get(field);
        if (value == null) {
            return FieldValue.absent();
        }
        try {
            return FieldValue.of(reader.apply(plain(value)));
        } catch (InvalidInputException error) {
            return FieldValue.invalid(error);
        }
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

    /** A {@code ListField} of {@code CharField}s. */
    public Optional<List<String>> stringList(String field) {
        return list(field).map(items -> {
            List<String> strings = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                strings.add(listString(items.get(i), field + "__" + i));
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
        return InvalidInputException.required(field);
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

    /** A {@code CharField} inside a {@code ListField}: as {@link #text}, and never blank. */
    private static String listString(JsonNode value, String field) {
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
            throw notAString(field);
        }
        if (PythonText.strip(text).isEmpty()) {
            throw TextField.blank(field);
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

    private static InvalidInputException notAString(String field) {
        return InvalidInputException.invalid("Not a valid string.", field);
    }

    private static InvalidInputException invalidChoice(String text, String field) {
        return new InvalidInputException("invalid_choice", "\"" + text + "\" is not a valid choice.", field);
    }

    private static InvalidInputException incorrectType(Object value, String field) {
        return new InvalidInputException("incorrect_type",
                "Incorrect type. Expected pk value, received " + PythonText.typeName(value) + ".", field);
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

    /** The members of {@code object}, with the members named in {@code documents} kept as JSON documents. */
    private static Map<String, Object> members(JsonNode object, Set<String> documents) {
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

    /**
     * JSON as the plain Java values the application reads (String, Boolean, Long or BigInteger, BigDecimal, List,
     * Map, null), keeping Python's distinction between {@code 1} and {@code 1.0}.
     */
    private static Object plain(JsonNode value) {
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
