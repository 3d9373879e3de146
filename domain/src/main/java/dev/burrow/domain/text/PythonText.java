package dev.burrow.domain.text;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How Python prints a JSON value, for the error messages PostHog builds with f-strings: {@code str(value)} and
 * {@code type(value)}. Values are plain Java as JSON decodes to: String, Boolean, integral numbers, decimals,
 * List, Map, and null.
 */
public final class PythonText {

    private static final Pattern INTEGER_TEXT = Pattern.compile("[+-]?\\d+(_\\d+)*");

    private PythonText() {
    }

    /** Python's {@code str(value)}: {@code True}, {@code None}, {@code 1.0}, {@code ['a', 1]}, {@code {'a': 1}}. */
    public static String str(Object value) {
        if (value instanceof String text) {
            return text;
        }
        return repr(value);
    }

    /**
     * Python's {@code text.strip()}: Java's {@code strip()} keeps no-break spaces and strips the separators
     * U+001C..U+001F as Python does, but Python also strips U+0085, U+00A0, U+2007 and U+202F.
     */
    public static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    /** Python's {@code str.isspace()} for one character: every whitespace character is in the BMP. */
    public static boolean isSpace(char c) {
        return switch (c) {
            case '\t', '\n', '\u000b', '\f', '\r', '\u001c', '\u001d', '\u001e', '\u001f', ' ', '\u0085',
                 '\u00a0', '\u1680', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000' -> true;
            default -> c >= '\u2000' && c <= '\u200a';
        };
    }

    /**
     * Python's {@code int(value)} for a JSON value: booleans are 0 and 1, integers themselves, finite decimals
     * truncated, text read with surrounding space, a sign, digits and single underscores between them; anything
     * else is no integer (empty).
     */
    public static Optional<BigInteger> integer(Object value) {
        if (value instanceof Boolean flag) {
            return Optional.of(flag ? BigInteger.ONE : BigInteger.ZERO);
        }
        if (isIntegral(value)) {
            return Optional.of(new BigInteger(value.toString()));
        }
        if (value instanceof Number decimal) {
            return Double.isFinite(decimal.doubleValue())
                    ? Optional.of(new BigDecimal(decimal.toString()).toBigInteger())
                    : Optional.empty();
        }
        if (value instanceof String text) {
            String stripped = strip(text);
            return INTEGER_TEXT.matcher(stripped).matches()
                    ? Optional.of(new BigInteger(stripped.replace("_", "")))
                    : Optional.empty();
        }
        return Optional.empty();
    }

    /** Python's {@code type(value)}, e.g. {@code <class 'str'>}. */
    public static String type(Object value) {
        return "<class '" + typeName(value) + "'>";
    }

    /** Python's name of the type of {@code value}: {@code str}, {@code int}, {@code dict}, ... */
    public static String typeName(Object value) {
        if (value == null) {
            return "NoneType";
        }
        if (value instanceof Boolean) {
            return "bool";
        }
        if (value instanceof String) {
            return "str";
        }
        if (isIntegral(value)) {
            return "int";
        }
        if (value instanceof Number) {
            return "float";
        }
        if (value instanceof List<?>) {
            return "list";
        }
        if (value instanceof Map<?, ?>) {
            return "dict";
        }
        return value.getClass().getSimpleName();
    }

    /** Whether Python would see an {@code int} (booleans are ints in Python, but are not counted here). */
    public static boolean isIntegral(Object value) {
        return value instanceof Long || value instanceof Integer || value instanceof Short
                || value instanceof BigInteger;
    }

    /** Python's {@code repr(value)}: strings in single quotes, the rest as {@link #str}. */
    public static String repr(Object value) {
        if (value == null) {
            return "None";
        }
        if (value instanceof Boolean flag) {
            return flag ? "True" : "False";
        }
        if (value instanceof String text) {
            return stringRepr(text);
        }
        if (isIntegral(value)) {
            return value.toString();
        }
        if (value instanceof Number number) {
            return floatRepr(number);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(PythonText::repr).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(entry -> repr(entry.getKey()) + ": " + repr(entry.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        return value.toString();
    }

    /**
     * Python's {@code repr(float)}: the shortest digits that read back as the same double, written positionally
     * when the exponent is from -4 to 15 ({@code 0.0001}, {@code 12345678.5}, {@code 1.0}) and otherwise as
     * {@code 1e+16} or {@code 1.5e-05}.
     */
    private static String floatRepr(Number number) {
        double value = number.doubleValue();
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        if (value == 0) {
            return 1 / value < 0 ? "-0.0" : "0.0";
        }
        BigDecimal shortest = new BigDecimal(Double.toString(value)).stripTrailingZeros();
        String digits = shortest.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - shortest.scale();
        String sign = value < 0 ? "-" : "";
        if (exponent >= -4 && exponent < 16) {
            String plain = shortest.abs().toPlainString();
            return sign + (plain.indexOf('.') < 0 ? plain + ".0" : plain);
        }
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + String.format("%02d", Math.abs(exponent));
    }

    /**
     * Python's {@code repr(str)}: single quotes unless the text has one and no double quote; backslashes, the
     * quote, newlines, carriage returns and tabs escaped; characters Python does not print written as its hex
     * escapes (two, four or eight digits by size).
     */
    private static String stringRepr(String text) {
        char quote = text.indexOf('\'') >= 0 && text.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder(text.length() + 2).append(quote);
        text.codePoints().forEach(c -> {
            if (c == quote || c == '\\') {
                out.append('\\').appendCodePoint(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (isPrintable(c)) {
                out.appendCodePoint(c);
            } else if (c < 0x100) {
                out.append(String.format("\\x%02x", c));
            } else if (c < 0x10000) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.append(String.format("\\U%08x", c));
            }
        });
        return out.append(quote).toString();
    }

    /** Python's {@code str.isprintable()} for one character: not a control, format, private, unassigned or space. */
    private static boolean isPrintable(int c) {
        if (c == ' ') {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }
}
