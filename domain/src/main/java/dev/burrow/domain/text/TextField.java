package dev.burrow.domain.text;

import dev.burrow.domain.failure.InvalidInputException;

/**
 * The rules every text field of PostHog's serializers applies to a value once it is text (Django REST framework's
 * CharField): trimmed when {@code trim}, blank refused unless {@code allowBlank}, at most {@code maxLength}
 * characters when given (counted as Python counts them, by code point), and no NUL or lone surrogate, in that
 * order.
 */
public final class TextField {

    private TextField() {
    }

    /** The text as it will be used, or the first rule it breaks, naming {@code field}. */
    public static String check(String value, String field, boolean allowBlank, boolean trim, Integer maxLength) {
        String text = trim ? PythonText.strip(value) : value;
        if (!allowBlank && text.isEmpty()) {
            throw blank(field);
        }
        if (maxLength != null && text.codePointCount(0, text.length()) > maxLength) {
            throw tooLong(field, maxLength);
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
        return text;
    }

    /** The failure for blank text where some is needed. */
    public static InvalidInputException blank(String field) {
        return new InvalidInputException("blank", "This field may not be blank.", field);
    }

    /** The failure for text longer than {@code maxLength} characters. */
    public static InvalidInputException tooLong(String field, int maxLength) {
        return new InvalidInputException("max_length",
                "Ensure this field has no more than " + maxLength + " characters.", field);
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
}
