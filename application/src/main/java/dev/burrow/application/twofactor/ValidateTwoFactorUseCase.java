package dev.burrow.application.twofactor;

import dev.burrow.application.actor.Actor;

/**
 * Confirms the setup pending in the caller's session with a code from the app: 2FA is on from now, codes left
 * from an earlier device are void, and the caller's other sessions end. Needs a recent login.
 */
public interface ValidateTwoFactorUseCase {

    void validate(ValidateTwoFactorCommand command);

    /** {@code token} as sent; null when it was not. */
    record ValidateTwoFactorCommand(Actor actor, String token) {
    }
}
