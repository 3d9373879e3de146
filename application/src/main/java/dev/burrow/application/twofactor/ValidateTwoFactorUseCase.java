package dev.burrow.application.twofactor;

import dev.burrow.application.actor.Actor;

/**
 * Confirms the setup pending in the caller's session with a code from the app: 2FA is on from now, codes left
 * from an earlier device are void, and the caller's other sessions end. Needs a recent login; a sent
 * {@code current_password} counts against the user's five password checks a minute.
 */
public interface ValidateTwoFactorUseCase {

    void validate(ValidateTwoFactorCommand command);

    /**
     * {@code token} as sent; null when it was not. {@code currentPasswordSent}: whether the request carried a
     * {@code current_password}, which is counted (never checked) here.
     */
    record ValidateTwoFactorCommand(Actor actor, String token, boolean currentPasswordSent) {
    }
}
