package dev.burrow.application.user;

import dev.burrow.application.actor.Actor;

import java.util.Map;

/** Changes a user with PATCH (only the fields sent) or PUT ({@code replace}: email and password required). */
public interface UpdateUserUseCase {

    UserProfile update(UpdateUserCommand command);

    /**
     * {@code body} is the request body as plain Java (see {@link UserPatch}); {@code lookup} is {@code @me} or a
     * UUID.
     */
    record UpdateUserCommand(Actor actor, String lookup, Map<String, ?> body, boolean replace) {
    }
}
