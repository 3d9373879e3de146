package dev.burrow.domain.secret;

import java.math.BigInteger;
import java.util.random.RandomGenerator;

/**
 * Random tokens in the alphabets PostHog uses, so that values burrow issues look like (and are as strong as) the
 * ones PostHog issues. The caller supplies the randomness: a {@code SecureRandom} in production.
 */
public final class SecretTokens {

    /** Base62 without the look-alikes 0, 1, O, I and l. */
    public static final String BASE57 = "23456789abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
    public static final String BASE62 = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private SecretTokens() {
    }

    /** {@code bytes} random bytes with the top bit forced on (so the length is stable), written in base57. */
    public static String base57(RandomGenerator random, int bytes) {
        return encode(randomBytesTopBitSet(random, bytes), BASE57);
    }

    /** {@code bytes} random bytes with the top bit forced on, written in base62. */
    public static String base62(RandomGenerator random, int bytes) {
        return encode(randomBytesTopBitSet(random, bytes), BASE62);
    }

    /** {@code length} characters drawn uniformly from {@code [a-zA-Z0-9]}. */
    public static String alphanumeric(RandomGenerator random, int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(BASE62.charAt(random.nextInt(BASE62.length())));
        }
        return out.toString();
    }

    private static byte[] randomBytesTopBitSet(RandomGenerator random, int count) {
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        bytes[0] |= (byte) 0x80;
        return bytes;
    }

    private static String encode(byte[] bytes, String alphabet) {
        BigInteger value = new BigInteger(1, bytes);
        BigInteger base = BigInteger.valueOf(alphabet.length());
        StringBuilder out = new StringBuilder();
        while (value.signum() > 0) {
            BigInteger[] qr = value.divideAndRemainder(base);
            out.append(alphabet.charAt(qr[1].intValue()));
            value = qr[0];
        }
        return out.reverse().toString();
    }
}
