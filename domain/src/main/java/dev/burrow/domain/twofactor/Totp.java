package dev.burrow.domain.twofactor;

import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** RFC 6238 time-based one-time passwords as django-otp computes them: HMAC-SHA1, 30-second steps from 0, 6 digits. */
public final class Totp {

    public static final long STEP_SECONDS = 30;
    public static final int DIGITS = 6;
    private static final int MODULO = 1_000_000;

    private Totp() {
    }

    /** The time step {@code instant} falls in. */
    public static long step(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), STEP_SECONDS);
    }

    /** The code for {@code step}, zero-padded to six digits. */
    public static String code(TotpSecret secret, long step) {
        return String.format("%06d", value(secret, step));
    }

    /**
     * The step within {@code tolerance} steps of {@code centre} whose code is {@code token}, if any. Only a string
     * of digits that reads as a number below one million can match, as with django-otp's integer tokens.
     */
    public static OptionalLong matchingStep(TotpSecret secret, String token, long centre, int tolerance) {
        OptionalLong number = parse(token);
        if (number.isEmpty()) {
            return OptionalLong.empty();
        }
        for (long step = centre - tolerance; step <= centre + tolerance; step++) {
            if (value(secret, step) == number.getAsLong()) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    private static OptionalLong parse(String token) {
        if (token == null) {
            return OptionalLong.empty();
        }
        String trimmed = token.strip();
        if (trimmed.isEmpty() || trimmed.length() > 10 || !trimmed.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return OptionalLong.empty();
        }
        long number = Long.parseLong(trimmed);
        return number < MODULO ? OptionalLong.of(number) : OptionalLong.empty();
    }

    private static int value(TotpSecret secret, long step) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret.key(), "HmacSHA1"));
            byte[] hash = mac.doFinal(java.nio.ByteBuffer.allocate(8).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            return binary % MODULO;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has HmacSHA1", e);
        }
    }
}
