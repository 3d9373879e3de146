package dev.burrow.application.twofactor;

import dev.burrow.domain.user.UserId;

/** What a login needs to know about the second factor: whether one is due, and whether a code passes. */
public interface SecondFactorCheck {

    boolean isRequired(UserId userId);

    /**
     * Accepts a TOTP code or an unused backup code (which is then spent); fails with PostHog's
     * {@code 2fa_too_many_attempts} while the device cools down, and {@code 2fa_invalid} otherwise.
     */
    void verify(UserId userId, String token);
}
