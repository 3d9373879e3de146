package dev.burrow.application.user;

import dev.burrow.application.actor.Actor;
import dev.burrow.domain.failure.NotAuthenticatedException;
import dev.burrow.domain.failure.NotFoundException;
import dev.burrow.domain.failure.PermissionDeniedException;
import dev.burrow.domain.user.User;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * PostHog's rule for the {@code {uuid}} of every user route: {@code @me} is the caller; any other value is for
 * staff only (a non-staff caller is refused even for their own UUID), and staff get 404 for an unknown, inactive
 * or malformed UUID.
 */
public final class UserLookup {

    public static final String ME = "@me";
    public static final String NON_STAFF_DETAIL =
            "As a non-staff user you're only allowed to access the `@me` user instance.";

    private static final Pattern HEX32 = Pattern.compile("[0-9a-fA-F]{32}");

    private final UserRepository users;

    public UserLookup(UserRepository users) {
        this.users = users;
    }

    public User resolve(Actor actor, String lookup) {
        if (ME.equals(lookup)) {
            return users.byId(actor.userId()).filter(User::isActive).orElseThrow(NotAuthenticatedException::new);
        }
        if (!actor.staff()) {
            throw new PermissionDeniedException(NON_STAFF_DETAIL);
        }
        return parseUuid(lookup).flatMap(users::activeByUuid).orElseThrow(NotFoundException::new);
    }

    /** Reads a UUID the way Python's {@code uuid.UUID} does: hyphens, braces and a {@code urn:uuid:} prefix allowed. */
    static Optional<UUID> parseUuid(String value) {
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
