package dev.burrow.domain.text;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How Python prints a JSON value, for the error messages PostHog builds with f-strings: {@code str(value)} and
 * {@code type(value)}. Values are plain Java as JSON decodes to: String, Boolean, integral numbers, decimals,
 * List, Map, and null.
 */
public final class PythonText {

    private PythonText() {
    }

    /** Python's {@code str(value)}: {@code True}, {@code None}, {@code 1.0}, {@code ['a', 1]}, {@code {'a': 1}}. */
    public static String str(Object value) {
        if (value instanceof String text) {
            return text;
        }
        return repr(value);
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
            return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
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

    private static String floatRepr(Number number) {
        double value = number.doubleValue();
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e16) {
            return new BigDecimal(value).toBigInteger() + ".0";
        }
        return Double.toString(value);
    }
}
