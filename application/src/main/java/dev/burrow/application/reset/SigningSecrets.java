package dev.burrow.application.reset;

import java.util.Objects;

/**
 * The secrets that sign one kind of token: the current one signs, and the previous one (null before the first
 * rotation) still counts when a token is checked, as Django's {@code SECRET_KEY_FALLBACKS} do, so that rotating the
 * secret does not void links already mailed.
 */
public record SigningSecrets(String current, String previous) {

    public SigningSecrets {
        Objects.requireNonNull(current, "current");
    }

    /** Secrets are never printed by accident. */
    @Override
    public String toString() {
        return "SigningSecrets[***]";
    }
}
