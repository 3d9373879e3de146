package dev.burrow.application.user;

import dev.burrow.application.actor.Actor;

/** Finishing or abandoning a change of address that waits for its code (PostHog with email configured). */
public interface EmailChangeUseCase {

    /** Moves the pending address into place when {@code code} is the one that was mailed to it. */
    void verify(String userUuid, String code);

    /** Forgets the pending address of the caller; behind the recent-login gate. */
    UserProfile cancel(CancelEmailChangeCommand command);

    /**
     * {@code currentPasswordSent}: the request carried a {@code current_password}, which PostHog counts against
     * the user's five password checks a minute whatever the action.
     */
    record CancelEmailChangeCommand(Actor actor, boolean currentPasswordSent) {
    }
}
