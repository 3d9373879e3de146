package dev.burrow.domain.organization;

import dev.burrow.domain.HostApi;

import java.util.Optional;

/** How much a member may do in an organization, with PostHog's numeric levels. */
@HostApi
public enum MembershipLevel {
    MEMBER(1),
    ADMIN(8),
    OWNER(15);

    private final int level;

    MembershipLevel(int level) {
        this.level = level;
    }

    public int level() {
        return level;
    }

    public static MembershipLevel ofLevel(int level) {
        for (MembershipLevel value : values()) {
            if (value.level == level) {
                return value;
            }
        }
        throw new IllegalArgumentException("no membership level " + level);
    }

    /** The level named {@code member}, {@code admin} or {@code owner}, in any case. */
    public static Optional<MembershipLevel> named(String name) {
        for (MembershipLevel value : values()) {
            if (value.name().equalsIgnoreCase(name)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
