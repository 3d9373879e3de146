package dev.burrow.application.user;

import dev.burrow.application.user.UserPatch.Change;
import dev.burrow.domain.failure.InvalidInputException;
import dev.burrow.domain.json.JsonDocument;
import dev.burrow.domain.text.PythonText;
import dev.burrow.domain.user.Choice;
import dev.burrow.domain.user.DisplayName;
import dev.burrow.domain.user.EmailAddress;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the fields of a request body one at a time with Django REST framework's semantics and messages: its
 * coercions (booleans spelled {@code "yes"} or {@code 1}, numbers accepted as text) and its errors, each naming
 * the field. Body values are plain Java as JSON decodes to. A field that was not sent reads as null.
 */
public final class FieldReader {

    private static final Set<String> TRUE = Set.of("t", "T", "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE",
            "on", "On", "ON", "1");
    private static final Set<String> FALSE = Set.of("f", "F", "n", "N", "no", "No", "NO", "false", "False", "FALSE",
            "off", "Off", "OFF", "0");
    private static final Set<String> NULL = Set.of("null", "Null", "NULL", "");

    private final Map<String, ?> body;

    public FieldReader(Map<String, ?> body) {
        this.body = body;
    }

    Change<String> displayName(String field) {
        Change<String> text = text(field, true, true, null, false);
        return text == null ? null : new Change<>(DisplayName.check(text.value(), field));
    }

    /** An EmailField: trimmed text, at most 254 characters, shaped like an address, lower-cased. */
    Change<String> email(boolean required) {
        Change<String> text = text("email", false, true, EmailAddress.MAX_LENGTH, required);
        if (text == null) {
            return null;
        }
        return new Change<>(EmailAddress.of(text.value()).value().toLowerCase(Locale.ROOT));
    }

    Change<Map<String, Object>> dictionary(String field) {
        if (!body.containsKey(field)) {
            return null;
        }
        Object value = body.get(field);
        if (value == null) {
            throw notNull(field);
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw new InvalidInputException("not_a_dict", "Expected a dictionary of items but got type \""
                    + PythonText.typeName(value) + "\".", field);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> entries = (Map<String, Object>) map;
        return new Change<>(entries);
    }

    Change<Boolean> bool(String field, boolean nullable) {
        if (!body.containsKey(field)) {
            return null;
        }
        Object value = body.get(field);
        if (value instanceof Boolean flag) {
            return new Change<>(flag);
        }
        if (value == null || value instanceof String text && NULL.contains(text)) {
            if (nullable) {
                return new Change<>(null);
            }
            if (value == null) {
                throw notNull(field);
            }
        }
        if (value instanceof String text) {
            if (TRUE.contains(text)) {
                return new Change<>(true);
            }
            if (FALSE.contains(text)) {
                return new Change<>(false);
            }
        }
        if (value instanceof Number number) {
            BigDecimal decimal = new BigDecimal(number.toString());
            if (decimal.compareTo(BigDecimal.ONE) == 0) {
                return new Change<>(true);
            }
            if (decimal.signum() == 0) {
                return new Change<>(false);
            }
        }
        throw InvalidInputException.invalid("Must be a valid boolean.", field);
    }

    /**
     * A ChoiceField: one of {@code type}'s values, as text (numbers and booleans as Python prints them);
     * {@code lenient} also lets null through, as PostHog's nullable choice fields do.
     */
    public <E extends Enum<E> & Choice> Change<E> choice(String field, Class<E> type, boolean lenient) {
        if (!body.containsKey(field)) {
            return null;
        }
        Object value = body.get(field);
        if (value == null) {
            if (lenient) {
                return new Change<>(null);
            }
            throw notNull(field);
        }
        String text = PythonText.str(value);
        if (text.isEmpty() && !lenient) {
            throw invalidChoice(text, field);
        }
        return new Change<>(Choice.parse(type, text).orElseThrow(() -> invalidChoice(text, field)));
    }

    /**
     * A CharField: text, or a number as its text; {@code allowBlank} lets {@code ""} (or spaces, when
     * {@code trim}) through; at most {@code maxLength} characters when given.
     */
    Change<String> text(String field, boolean allowBlank, boolean trim, Integer maxLength, boolean required) {
        if (!body.containsKey(field)) {
            if (required) {
                throw new InvalidInputException("required", "This field is required.", field);
            }
            return null;
        }
        Object value = body.get(field);
        if (value == null) {
            throw notNull(field);
        }
        if (!(value instanceof String) && !(value instanceof Number)) {
            throw InvalidInputException.invalid("Not a valid string.", field);
        }
        String text = PythonText.str(value);
        if (trim) {
            text = PythonText.strip(text);
        }
        if (!allowBlank && text.isEmpty()) {
            throw new InvalidInputException("blank", "This field may not be blank.", field);
        }
        // Python counts characters, not UTF-16 units: an emoji is one.
        if (maxLength != null && text.codePointCount(0, text.length()) > maxLength) {
            throw new InvalidInputException("max_length",
                    "Ensure this field has no more than " + maxLength + " characters.", field);
        }
        if (text.indexOf(0) >= 0) {
            throw new InvalidInputException("null_characters_not_allowed", "Null characters are not allowed.",
                    field);
        }
        int surrogate = loneSurrogate(text);
        if (surrogate >= 0) {
            throw new InvalidInputException("surrogate_characters_not_allowed",
                    String.format("Surrogate characters are not allowed: U+%X.", surrogate), field);
        }
        return new Change<>(text);
    }

    Change<JsonDocument> json(String field, boolean nullable) {
        if (!body.containsKey(field)) {
            return null;
        }
        Object value = body.get(field);
        if (value == null && !nullable) {
            throw notNull(field);
        }
        if (value != null && !(value instanceof JsonDocument)) {
            throw new IllegalArgumentException(field + " must arrive as a JSON document");
        }
        return new Change<>((JsonDocument) value);
    }

    /** The first half of a surrogate pair standing alone (JSON can spell one, {@code "\\ud800"}), or -1. */
    private static int loneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (paired) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return c;
            }
        }
        return -1;
    }

    private static InvalidInputException notNull(String field) {
        return new InvalidInputException("null", "This field may not be null.", field);
    }

    private static InvalidInputException invalidChoice(String text, String field) {
        return new InvalidInputException("invalid_choice", "\"" + text + "\" is not a valid choice.", field);
    }
}
