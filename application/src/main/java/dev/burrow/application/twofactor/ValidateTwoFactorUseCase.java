package dev.burrow.application.twofactor;

import dev.burrow.application.actor.Actor;
import dev.burrow.application.user.FieldValue;

/**
 * Confirms the setup pending in the caller's session with a code from the app: 2FA is on from now, codes left
 * from an earlier device are void, and the caller's other sessions end. Needs a recent login; a sent
 * {@code current_password} counts against the user's five password checks a minute.
 */
public interface ValidateTwoFactorUseCase {

    void validate(ValidateTwoFactorCommand command);

    /**
     * {@code token} as sent (with its reader's error when its type was wrong, which is reported only after the
     * recent-login gate, the password-check count and the pending setup, in PostHog's order).
     * {@code currentPasswordSent}: whether the request carried a {@code current_password}, which is counted (never
     * checked) here.
     */
    record ValidateTwoFactorCommand(Actor actor, FieldValue<String> token, boolean currentPasswordSent) {

        /** With {@code token} as text; null when it was not sent. */
        public ValidateTwoFactorCommand(Actor actor, String token, boolean currentPasswordSent) {
            this(actor, token == null ? FieldValue.absent() : FieldValue.of(token), currentPasswordSent);
        }
    }
}
