package dev.burrow.application.credential;

import dev.burrow.domain.secret.SecretTokens;
import dev.burrow.domain.user.PasswordHash;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.random.RandomGenerator;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Django's PBKDF2 hashers, so that a users table imported from PostHog keeps its passwords: new hashes are
 * {@code pbkdf2_sha256$<iterations>$<salt>$<base64>} with Django 5.2's 1,000,000 iterations and a 22-character
 * salt; hashes with any iteration count, and Django's older {@code pbkdf2_sha1}, verify.
 */
public final class DjangoPasswordHasher implements PasswordHasher {

    public static final int DEFAULT_ITERATIONS = 1_000_000;
    private static final int SALT_LENGTH = 22;

    private final int iterations;
    private final RandomGenerator random;

    public DjangoPasswordHasher(RandomGenerator random) {
        this(DEFAULT_ITERATIONS, random);
    }

    /** A hasher with another iteration count, for tests that hash many passwords. */
    public DjangoPasswordHasher(int iterations, RandomGenerator random) {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be positive");
        }
        this.iterations = iterations;
        this.random = random;
    }

    @Override
    public PasswordHash hash(String password) {
        String salt = SecretTokens.alphanumeric(random, SALT_LENGTH);
        return new PasswordHash(Algorithm.SHA256.encode(password, salt, iterations));
    }

    @Override
    public boolean verify(String password, PasswordHash hash) {
        if (password == null || hash == null || !hash.isUsable()) {
            return false;
        }
        String[] parts = hash.encoded().split("\\$", -1);
        if (parts.length != 4) {
            return false;
        }
        Algorithm algorithm = Algorithm.named(parts[0]);
        int rounds = parseIterations(parts[1]);
        if (algorithm == null || rounds < 1) {
            return false;
        }
        byte[] expected = algorithm.encode(password, parts[2], rounds).getBytes(StandardCharsets.US_ASCII);
        boolean matches = MessageDigest.isEqual(expected, hash.encoded().getBytes(StandardCharsets.US_ASCII));
        if (!matches && algorithm == Algorithm.SHA256 && rounds < iterations) {
            // Django's harden_runtime: a wrong guess against an older, cheaper hash costs what a current one does,
            // so timing does not tell imported accounts from unknown ones.
            algorithm.encode(password, parts[2], iterations - rounds);
        }
        return matches;
    }

    @Override
    public boolean needsRehash(PasswordHash hash) {
        String[] parts = hash.encoded().split("\\$", -1);
        return parts.length != 4 || Algorithm.named(parts[0]) != Algorithm.SHA256
                || parseIterations(parts[1]) != iterations;
    }

    private static int parseIterations(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private enum Algorithm {
        SHA256("pbkdf2_sha256", "HmacSHA256"),
        SHA1("pbkdf2_sha1", "HmacSHA1");

        private final String prefix;
        private final String mac;

        Algorithm(String prefix, String mac) {
            this.prefix = prefix;
            this.mac = mac;
        }

        static Algorithm named(String prefix) {
            for (Algorithm algorithm : values()) {
                if (algorithm.prefix.equals(prefix)) {
                    return algorithm;
                }
            }
            return null;
        }

        String encode(String password, String salt, int iterations) {
            byte[] derived = pbkdf2(password.getBytes(StandardCharsets.UTF_8),
                    salt.getBytes(StandardCharsets.UTF_8), iterations);
            return prefix + "$" + iterations + "$" + salt + "$" + Base64.getEncoder().encodeToString(derived);
        }

        /** PBKDF2 (RFC 8018) with one output block: Django's key length equals the digest size. */
        private byte[] pbkdf2(byte[] password, byte[] salt, int iterations) {
            try {
                Mac hmac = Mac.getInstance(mac);
                // The JDK refuses an empty key; HMAC pads keys with zeros (RFC 2104), so one zero byte is the same key.
                hmac.init(new SecretKeySpec(password.length == 0 ? new byte[1] : password, mac));
                hmac.update(salt);
                hmac.update(new byte[] {0, 0, 0, 1});
                byte[] u = hmac.doFinal();
                byte[] result = u.clone();
                for (int i = 1; i < iterations; i++) {
                    u = hmac.doFinal(u);
                    for (int j = 0; j < result.length; j++) {
                        result[j] ^= u[j];
                    }
                }
                return result;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("every JVM has " + mac, e);
            }
        }
    }
}
