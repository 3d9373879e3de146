package dev.burrow.domain.user;

import dev.burrow.domain.failure.InvalidInputException;
import dev.burrow.domain.text.PythonText;
import dev.burrow.domain.text.TextField;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * PostHog's rules for a name people see (first and last names): trimmed, at most 150 characters, and nothing a
 * mail client or a browser could turn into a link, markup or hidden text. The checks run in PostHog's order, on
 * the NFKC-normalised text (so fullwidth {@code ｈｔｔｐ：／／} is caught as {@code http://}). Blank passes.
 */
public final class DisplayName {

    public static final int MAX_LENGTH = 150;

    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x1f\\x7f\\u0085\\u2028\\u2029]");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200b-\\u200f\\u202a-\\u202e\\u2066-\\u2069\\ufeff]");
    private static final Pattern BRACKET = Pattern.compile("[<>]");
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    private static final Pattern URL_SCHEME = Pattern.compile(
            "[a-z][a-z0-9+.\\-]*://|\\b(?:javascript|data|vbscript|file|ftp|mailto|tel|sms):|www\\.", FLAGS);
    private static final Pattern BARE_DOMAIN = Pattern.compile(
            "\\b(?:[a-z0-9](?:[a-z0-9\\-]{0,61}[a-z0-9])?\\.)+[a-z]{2,24}\\b", FLAGS);

    private DisplayName() {
    }

    /**
     * The name trimmed as Python's {@code str.strip()} does (null is blank), or PostHog's {@code max_length} error
     * for {@code field} when it has more than {@value #MAX_LENGTH} characters. Characters are code points, as
     * Python and Django's {@code max_length} count them: an emoji is one, though Java stores it as two chars.
     * Only the length: {@link #check} adds the rules for what a name may contain.
     */
    public static String trimmed(String value, String field) {
        String stripped = value == null ? "" : PythonText.strip(value);
        if (stripped.codePointCount(0, stripped.length()) > MAX_LENGTH) {
            throw TextField.tooLong(field, MAX_LENGTH);
        }
        return stripped;
    }

    /** The name as it will be stored (trimmed), or PostHog's error for {@code field}. */
    public static String check(String value, String field) {
        String stripped = trimmed(value, field);
        if (stripped.isEmpty()) {
            return stripped;
        }
        if (CONTROL.matcher(stripped).find()) {
            throw new InvalidInputException("invalid_control_char",
                    "Line breaks and control characters are not allowed in this field.", field);
        }
        String normalized = Normalizer.normalize(stripped, Normalizer.Form.NFKC);
        if (INVISIBLE.matcher(normalized).find()) {
            throw new InvalidInputException("invalid_invisible_char",
                    "Invisible or direction-override characters are not allowed in this field.", field);
        }
        if (BRACKET.matcher(normalized).find()) {
            throw new InvalidInputException("invalid_bracket", "Angle brackets are not allowed in this field.",
                    field);
        }
        if (URL_SCHEME.matcher(normalized).find() || BARE_DOMAIN.matcher(normalized).find()) {
            throw new InvalidInputException("invalid_url", "URLs are not allowed in this field.", field);
        }
        return stripped;
    }
}
