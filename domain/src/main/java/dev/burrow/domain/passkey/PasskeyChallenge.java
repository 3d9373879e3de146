package dev.burrow.domain.passkey;

import dev.burrow.domain.user.UserId;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Objects;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * The challenge of one ceremony, kept server-side for whoever began it ({@code holder}: the session, the pending
 * login, or the browser that began a passkey login) and taken back exactly once, whether the answer then verifies or
 * not. {@code userId} and {@code credential} say what the ceremony was begun for, when it was for someone.
 */
public record PasskeyChallenge(String holder, Ceremony ceremony, String challenge, UserId userId, UUID credential,
                               Instant expiresAt) {

    /** How long a browser may take: the 60 s the options give the user, and as much again for the round trip. */
    public static final Duration LIFETIME = Duration.ofMinutes(2);
    /** What the options promise the browser, in milliseconds (PostHog's CHALLENGE_TIMEOUT_MS). */
    public static final long TIMEOUT_MILLIS = 60_000;
    /** As py_webauthn makes them: 64 random bytes. */
    private static final int BYTES = 64;

    /** The ceremonies, each with a challenge of its own. */
    public enum Ceremony {
        REGISTRATION,
        VERIFICATION,
        LOGIN,
        SECOND_FACTOR
    }

    public PasskeyChallenge {
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(ceremony, "ceremony");
        Objects.requireNonNull(challenge, "challenge");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** A new random challenge for {@code holder}'s {@code ceremony}, begun at {@code now}. */
    public static PasskeyChallenge issue(String holder, Ceremony ceremony, UserId userId, UUID credential, Instant now,
                                         RandomGenerator random) {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return new PasskeyChallenge(holder, ceremony, WebauthnCredential.encode(bytes), userId, credential,
                now.truncatedTo(ChronoUnit.MICROS).plus(LIFETIME));
    }

    /** Whether the challenge may still be answered at {@code now}. */
    public boolean isLiveAt(Instant now) {
        return now.isBefore(expiresAt);
    }

    public byte[] bytes() {
        return Base64.getUrlDecoder().decode(challenge);
    }

    @Override
    public String toString() {
        return "PasskeyChallenge[ceremony=" + ceremony + ", user=" + userId + ", expiresAt=" + expiresAt + "]";
    }
}
