package dev.burrow.application.twofactor;

import dev.burrow.application.actor.Actor;
import dev.burrow.domain.twofactor.TotpSecret;

/**
 * Starts (or restarts) a TOTP setup in the caller's browser session, whatever user the URL names, as in PostHog.
 * Keys and callers a host vouches for are refused: they have no session to keep the setup in.
 */
public interface StartTwoFactorSetupUseCase {

    /** The new secret, for the user's authenticator app. */
    TotpSecret start(StartTwoFactorSetupCommand command);

    record StartTwoFactorSetupCommand(Actor actor) {
    }
}
