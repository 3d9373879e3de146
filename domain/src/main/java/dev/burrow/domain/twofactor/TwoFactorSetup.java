package dev.burrow.domain.twofactor;

import dev.burrow.domain.user.UserId;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A 2FA setup a user started in one browser session and has not yet confirmed with a code. It lives on the server
 * (so the secret never has to travel back from the browser) for ten minutes.
 */
public record TwoFactorSetup(String sessionId, UserId userId, TotpSecret secret, Instant startedAt) {

    public static final Duration LIFETIME = Duration.ofMinutes(10);

    public TwoFactorSetup {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(secret, "secret");
        startedAt = Objects.requireNonNull(startedAt, "startedAt").truncatedTo(ChronoUnit.MICROS);
    }

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(startedAt.plus(LIFETIME));
    }
}
