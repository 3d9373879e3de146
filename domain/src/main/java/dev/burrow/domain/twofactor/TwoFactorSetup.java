package dev.burrow.domain.twofactor;

import dev.burrow.domain.user.UserId;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.OptionalLong;

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

    /**
     * The time step whose code {@code token} is, within {@link TotpDevice#TOLERANCE} steps of {@code now}: the
     * step the device it confirms starts from, so that the same code cannot then log in.
     */
    public OptionalLong confirmingStep(String token, Instant now) {
        return Totp.matchingStep(secret, token, Totp.step(now), TotpDevice.TOLERANCE);
    }
}
