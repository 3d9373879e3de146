package dev.burrow.domain.user;

import dev.burrow.domain.HostApi;

/** The integer primary key of a user, as PostHog's {@code id} field shows it. */
@HostApi
public record UserId(long value) {

    public UserId {
        if (value <= 0) {
            throw new IllegalArgumentException("a user id is positive, got " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
