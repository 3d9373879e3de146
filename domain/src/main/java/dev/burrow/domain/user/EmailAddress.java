package dev.burrow.domain.user;

import dev.burrow.domain.HostApi;

import dev.burrow.domain.failure.InvalidInputException;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An email address as a user typed it. Addresses compare case-insensitively for uniqueness ({@link #folded()}),
 * but the stored value keeps the casing it was given. {@link #of(String)} checks the shape of new input; the
 * constructor trusts its caller, so addresses stored (or imported from PostHog) under older rules stay readable.
 */
@HostApi
public record EmailAddress(String value) {

    public static final int MAX_LENGTH = 254;

    // The shape Django's EmailValidator accepts, restated: a dot-atom or quoted local part, and a domain of
    // labels ending in a letter TLD (or a bracketed literal).
    private static final Pattern LOCAL = Pattern.compile(
            "(?i)^[-!#$%&'*+/=?^_`{}|~0-9A-Z]+(\\.[-!#$%&'*+/=?^_`{}|~0-9A-Z]+)*$"
                    + "|^\"([\\x01-\\x08\\x0b\\x0c\\x0e-\\x1f!#-\\[\\]-\\x7f]|\\\\[\\x01-\\x09\\x0b\\x0c\\x0d-\\x7f])*\"$");
    private static final Pattern DOMAIN = Pattern.compile(
            "(?i)^((?:[A-Z0-9](?:[A-Z0-9-]{0,61}[A-Z0-9])?\\.)+)(?:[A-Z0-9-]{2,63}(?<!-))$");
    private static final Pattern LITERAL = Pattern.compile("^\\[[0-9a-fA-F:.]+]$");

    public EmailAddress {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("an email address is never blank");
        }
    }

    /** Parses new input, failing with PostHog's "Enter a valid email address." for anything that is not one. */
    public static EmailAddress of(String value) {
        if (!isValid(value)) {
            throw new InvalidInputException("invalid_input", "Enter a valid email address.", "email");
        }
        return new EmailAddress(value);
    }

    public static boolean isValid(String value) {
        if (value == null || value.isEmpty() || value.length() > MAX_LENGTH) {
            return false;
        }
        int at = value.lastIndexOf('@');
        if (at <= 0 || at == value.length() - 1) {
            return false;
        }
        String local = value.substring(0, at);
        String domain = value.substring(at + 1);
        if (!LOCAL.matcher(local).matches()) {
            return false;
        }
        return DOMAIN.matcher(domain).matches() || LITERAL.matcher(domain).matches()
                || "localhost".equalsIgnoreCase(domain);
    }

    /** The case-folded form that uniqueness is decided on. */
    public String folded() {
        return value.toLowerCase(Locale.ROOT);
    }

    /**
     * Whether {@code text} names this address in any casing: then sending it is no change of address (PostHog
     * compares the lower-cased text). Text that is no address at all, or null, is never the same.
     */
    public boolean isSameAs(String text) {
        return text != null && text.toLowerCase(Locale.ROOT).equals(folded());
    }

    @Override
    public String toString() {
        return value;
    }
}
