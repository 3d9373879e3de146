package dev.burrow.domain.user;

import dev.burrow.domain.HostApi;

import java.util.Objects;

/**
 * A stored password in Django's encoding ({@code algorithm$...}), so a users table imported from PostHog keeps its
 * passwords. A value starting with {@code !} is Django's "unusable password" (e.g. an SSO-only account).
 */
@HostApi
public record PasswordHash(String encoded) {

    private static final String UNUSABLE_PREFIX = "!";

    public PasswordHash {
        Objects.requireNonNull(encoded, "encoded");
        if (encoded.isEmpty()) {
            throw new IllegalArgumentException("an encoded password is never empty");
        }
    }

    public boolean isUsable() {
        return !encoded.startsWith(UNUSABLE_PREFIX);
    }

    /** Never print the hash by accident. */
    @Override
    public String toString() {
        return "PasswordHash[***]";
    }
}
