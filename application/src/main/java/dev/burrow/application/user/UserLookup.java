package dev.burrow.application.user;

import dev.burrow.application.actor.Actor;
import dev.burrow.domain.failure.NotAuthenticatedException;
import dev.burrow.domain.failure.NotFoundException;
import dev.burrow.domain.failure.PermissionDeniedException;
import dev.burrow.domain.text.UuidText;
import dev.burrow.domain.user.User;

import java.util.Optional;


/**
 * PostHog's rule for the {@code {uuid}} of every user route: {@code @me} is the caller; any other value is for
 * staff only (a non-staff caller is refused even for their own UUID), and staff get 404 for an unknown, inactive
 * or malformed UUID.
 */
public final class UserLookup {

    public static final String ME = "@me";
    public static final String NON_STAFF_DETAIL =
            "As a non-staff user you're only allowed to access the `@me` user instance.";

    private final UserRepository users;

    public UserLookup(UserRepository users) {
        this.users = users;
    }

    public User resolve(Actor actor, String lookup) {
        if (ME.equals(lookup)) {
            // The caller as authentication read them, this same request; read again only when it did not.
            return Optional.ofNullable(actor.user()).or(() -> users.byId(actor.userId())).filter(User::isActive)
                    .orElseThrow(NotAuthenticatedException::new);
        }
        if (!actor.staff()) {
            throw new PermissionDeniedException(NON_STAFF_DETAIL);
        }
        return UuidText.parse(lookup).flatMap(users::activeByUuid).orElseThrow(NotFoundException::new);
    }
}
