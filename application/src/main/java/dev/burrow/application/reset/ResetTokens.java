package dev.burrow.application.reset;

import dev.burrow.domain.user.User;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Password reset tokens as PostHog makes them: Django's {@code PasswordResetTokenGenerator} (sha256) over PostHog's
 * hash value, the user's id, email address, last reset request, the token's timestamp and the stored password hash.
 * A token is {@code base36(seconds since 2001-01-01) + "-" + every second hex digit of the HMAC}; it is good for
 * {@link #TIMEOUT}, and void once any of those values changes: a new password, a new address, a newer request.
 * Nothing about a token is stored.
 */
class ResetTokens {

    /** Django's {@code PASSWORD_RESET_TIMEOUT}. */
    static final Duration TIMEOUT = Duration.ofSeconds(86_400);
    private static final String KEY_SALT = "django.contrib.auth.tokens.PasswordResetTokenGenerator";
    private static final long EPOCH_2001 = LocalDateTime.of(2001, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
    private static final DateTimeFormatter PYTHON_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss",
            Locale.ROOT);
    /** Django's {@code base36_to_int} refuses longer input, so a huge timestamp cannot cost anything. */
    private static final int MAX_BASE36 = 13;

    /**
     * Signs a new token for {@code subject} at {@code now}: the one signing a reset request does, whether its
     * subject is a user or a decoy.
     */
    String sign(Signed subject, Instant now, String secret) {
        return make(subject, seconds(now), secret);
    }

    /** A token for {@code user}, made at {@code now}, whose last reset request was {@code requestedAt}. */
    static String make(User user, Instant requestedAt, Instant now, String secret) {
        return make(Signed.of(user, requestedAt), seconds(now), secret);
    }

    /** Whether {@code token} is good for {@code user} at {@code now}, signed with either secret. */
    static boolean check(User user, Instant requestedAt, String token, Instant now, SigningSecrets secrets) {
        if (token == null || token.isEmpty()) {
            return false;
        }
        int dash = token.indexOf('-');
        if (dash <= 0 || dash != token.lastIndexOf('-') || dash > MAX_BASE36) {
            return false;
        }
        long timestamp;
        try {
            timestamp = Long.parseLong(token.substring(0, dash), 36);
        } catch (NumberFormatException e) {
            return false;
        }
        if (timestamp < 0) {
            return false;
        }
        Signed signed = Signed.of(user, requestedAt);
        boolean current = matches(make(signed, timestamp, secrets.current()), token);
        boolean previous = secrets.previous() != null && matches(make(signed, timestamp, secrets.previous()), token);
        return (current || previous) && seconds(now) - timestamp <= TIMEOUT.toSeconds();
    }

    /**
     * PostHog's {@code _make_hash_value}, {@code f"{user.pk}{user.email}{requested_password_reset_at}{timestamp}
     * {password}"}: what comes before the timestamp, and what after.
     */
    record Signed(String head, String tail) {

        static Signed of(User user, Instant requestedAt) {
            return new Signed(user.id().value() + user.email().value() + python(requestedAt),
                    user.password() == null ? "" : user.password().encoded());
        }

        /**
         * What an unknown address signs instead of a user: the same shape and length of work, so the answer's time
         * does not tell a known address from an unknown one.
         */
        static Signed decoy(String address, Instant requestedAt) {
            return new Signed("0" + address + python(requestedAt), "pbkdf2_sha256$1000000$decoy$decoy");
        }

        @Override
        public String toString() {
            return "Signed[***]";
        }
    }

    private static String make(Signed signed, long timestamp, String secret) {
        return Long.toString(timestamp, 36) + "-" + everySecond(hmac(signed.head() + timestamp + signed.tail(),
                secret));
    }

    /** Python's {@code str(datetime)} of an aware UTC time ({@code 2021-10-05 12:00:00+00:00}), or {@code None}. */
    static String python(Instant at) {
        if (at == null) {
            return "None";
        }
        LocalDateTime time = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        String text = PYTHON_SECONDS.format(time);
        int micros = time.getNano() / 1000;
        if (micros != 0) {
            text += "." + String.format(Locale.ROOT, "%06d", micros);
        }
        return text + "+00:00";
    }

    private static long seconds(Instant at) {
        return at.getEpochSecond() - EPOCH_2001;
    }

    /** Django's {@code salted_hmac(KEY_SALT, value, secret, algorithm="sha256").hexdigest()}. */
    private static String hmac(String value, String secret) {
        try {
            byte[] key = MessageDigest.getInstance("SHA-256").digest((KEY_SALT + secret)
                    .getBytes(StandardCharsets.UTF_8));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has HmacSHA256", e);
        }
    }

    private static String everySecond(String hex) {
        StringBuilder out = new StringBuilder(hex.length() / 2);
        for (int i = 0; i < hex.length(); i += 2) {
            out.append(hex.charAt(i));
        }
        return out.toString();
    }

    private static boolean matches(String expected, String given) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
