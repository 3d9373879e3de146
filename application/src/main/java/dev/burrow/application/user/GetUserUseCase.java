package dev.burrow.application.user;

import dev.burrow.application.actor.Actor;

/** Reads one user: {@code @me}, or (for staff) any active user by UUID. */
public interface GetUserUseCase {

    UserProfile get(GetUserQuery query);

    /** {@code lookup} is {@code @me} or a user's UUID, as the URL carries it. */
    record GetUserQuery(Actor actor, String lookup) {
    }
}
