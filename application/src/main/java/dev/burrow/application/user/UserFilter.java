package dev.burrow.application.user;

import dev.burrow.domain.user.UserId;

/**
 * Which active users a list shows: only {@code onlyUser} when set (a non-staff caller sees only themself), with
 * {@code email} matched exactly (case-sensitively, as PostHog does) and {@code staff} when given.
 */
public record UserFilter(UserId onlyUser, String email, Boolean staff) {

    public static final UserFilter ALL = new UserFilter(null, null, null);
}
