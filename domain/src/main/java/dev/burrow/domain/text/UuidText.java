package dev.burrow.domain.text;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * UUIDs read from text the way Python's {@code uuid.UUID} (and so PostHog) reads them: 32 hex digits, with
 * hyphens anywhere, braces or a {@code urn:uuid:} prefix allowed. Java's own parser accepts far more.
 */
public final class UuidText {

    private static final Pattern HEX32 = Pattern.compile("[0-9a-fA-F]{32}");

    private UuidText() {
    }

    public static Optional<UUID> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String hex = value.strip();
        if (hex.startsWith("urn:uuid:")) {
            hex = hex.substring("urn:uuid:".length());
        }
        if (hex.startsWith("{") && hex.endsWith("}")) {
            hex = hex.substring(1, hex.length() - 1);
        }
        hex = hex.replace("-", "");
        if (!HEX32.matcher(hex).matches()) {
            return Optional.empty();
        }
        return Optional.of(new UUID(Long.parseUnsignedLong(hex.substring(0, 16), 16),
                Long.parseUnsignedLong(hex.substring(16), 16)));
    }
}
