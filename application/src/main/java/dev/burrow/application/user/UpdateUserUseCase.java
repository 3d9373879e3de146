package dev.burrow.application.user;

import dev.burrow.application.actor.Actor;

/** Changes a user with PATCH (only the fields sent) or PUT ({@code replace}: email and password required). */
public interface UpdateUserUseCase {

    UserProfile update(UpdateUserCommand command);

    /** {@code lookup} is {@code @me} or a UUID; {@code patch} the fields sent. */
    record UpdateUserCommand(Actor actor, String lookup, UserPatch patch, boolean replace) {
    }
}
