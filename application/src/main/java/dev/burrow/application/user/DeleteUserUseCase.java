package dev.burrow.application.user;

import dev.burrow.application.actor.Actor;

/**
 * Deletes an account and everything that is only its own (keys, sessions, 2FA, personalisations). Refused with a
 * 409 while the user still belongs to an organization: they must leave it first. Behind the recent-login gate.
 */
public interface DeleteUserUseCase {

    void delete(DeleteUserCommand command);

    /**
     * {@code lookup} is {@code @me} or a UUID; {@code currentPasswordSent}: the request carried a
     * {@code current_password}, which PostHog counts against the user's five password checks a minute whatever
     * the action.
     */
    record DeleteUserCommand(Actor actor, String lookup, boolean currentPasswordSent) {
    }
}
