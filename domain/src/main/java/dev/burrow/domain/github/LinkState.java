package dev.burrow.domain.github;

import dev.burrow.domain.user.UserId;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A started link to GitHub, waiting for the user to come back: kept server-side (any instance can finish it),
 * for ten minutes, usable once. Only the SHA-256 of the token is stored; the token itself travels in the URL.
 */
public record LinkState(String tokenHash, UserId userId, LinkFlow flow, InstallationId installationId,
                        String connectFrom, Instant expiresAt) {

    public static final Duration LIFETIME = Duration.ofMinutes(10);

    public LinkState {
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(flow, "flow");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** How a token is stored and looked up. */
    public static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    public boolean isLiveAt(Instant now) {
        return now.isBefore(expiresAt);
    }
}
