package dev.burrow.application.twofactor;

import dev.burrow.application.actor.Actor;

/**
 * Turns 2FA off for {@code @me} or, for staff, any user: the device and its backup codes go. Needs a recent login;
 * a sent {@code current_password} counts against the user's five password checks a minute.
 */
public interface DisableTwoFactorUseCase {

    void disable(DisableTwoFactorCommand command);

    /**
     * {@code lookup} is {@code @me} or a user's UUID, as the URL carries it; {@code currentPasswordSent}: whether
     * the request carried a {@code current_password}, which is counted (never checked) here.
     */
    record DisableTwoFactorCommand(Actor actor, String lookup, boolean currentPasswordSent) {
    }
}
