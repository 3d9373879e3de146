package dev.burrow.domain.session;

import dev.burrow.domain.secret.SecretTokens;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The secret a browser session must echo in its {@code X-CSRFToken} header on every request that changes state.
 * It is Django's: 32 letters and digits, accepted as is or in Django's 64-character masked form.
 */
public record CsrfSecret(String value) {

    private static final String CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    public static final int LENGTH = 32;

    public CsrfSecret {
        Objects.requireNonNull(value, "value");
        if (value.length() != LENGTH) {
            throw new IllegalArgumentException("a CSRF secret has " + LENGTH + " characters");
        }
    }

    public static CsrfSecret generate(RandomGenerator random) {
        return new CsrfSecret(SecretTokens.alphanumeric(random, LENGTH));
    }

    /**
     * Why {@code token} can be neither a secret nor a masked one, in Django's words ({@code "has incorrect
     * length"}, {@code "has invalid characters"}), or null when it can be either. Django checks the cookie and the
     * token the request carries alike, length first.
     */
    public static String formatProblem(String token) {
        if (token.length() != LENGTH && token.length() != 2 * LENGTH) {
            return "has incorrect length";
        }
        for (int i = 0; i < token.length(); i++) {
            if (CHARS.indexOf(token.charAt(i)) < 0) {
                return "has invalid characters";
            }
        }
        return null;
    }

    /** The secret a well-formed {@code token} carries: itself, or, masked, the secret under its salt. */
    public static CsrfSecret presented(String token) {
        if (formatProblem(token) != null) {
            throw new IllegalArgumentException("not a CSRF secret or masked token");
        }
        return new CsrfSecret(token.length() == 2 * LENGTH ? unmask(token) : token);
    }

    /** Whether {@code presented} (plain or masked) is this secret; compared in constant time. */
    public boolean matches(String presented) {
        return presented != null && formatProblem(presented) == null && sameAs(presented(presented));
    }

    /** Whether {@code other} is this secret; compared in constant time. */
    public boolean sameAs(CsrfSecret other) {
        return MessageDigest.isEqual(other.value.getBytes(StandardCharsets.US_ASCII),
                value.getBytes(StandardCharsets.US_ASCII));
    }

    /** Django's masking: the first half is a salt, the second the secret shifted by it, character by character. */
    private static String unmask(String masked) {
        StringBuilder secret = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            int salt = CHARS.indexOf(masked.charAt(i));
            int cipher = CHARS.indexOf(masked.charAt(LENGTH + i));
            secret.append(CHARS.charAt(Math.floorMod(cipher - salt, CHARS.length())));
        }
        return secret.toString();
    }

    @Override
    public String toString() {
        return "CsrfSecret[***]";
    }
}
