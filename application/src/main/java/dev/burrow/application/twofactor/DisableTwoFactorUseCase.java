package dev.burrow.application.twofactor;

import dev.burrow.application.actor.Actor;

/** Turns 2FA off for {@code @me} or, for staff, any user: the device and its backup codes go. Needs a recent login. */
public interface DisableTwoFactorUseCase {

    void disable(DisableTwoFactorCommand command);

    /** {@code lookup} is {@code @me} or a user's UUID, as the URL carries it. */
    record DisableTwoFactorCommand(Actor actor, String lookup) {
    }
}
