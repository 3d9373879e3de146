package dev.burrow.application.user;

import dev.burrow.application.actor.Actor;

/**
 * Deletes an account and everything that is only its own (keys, sessions, 2FA, personalisations). Refused with a
 * 409 while the user still belongs to an organization: they must leave it first.
 */
public interface DeleteUserUseCase {

    void delete(Actor actor, String lookup);
}
