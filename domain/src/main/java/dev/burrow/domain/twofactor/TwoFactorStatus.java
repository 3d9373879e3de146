package dev.burrow.domain.twofactor;

import java.util.function.IntSupplier;

/**
 * PostHog's {@code two_factor_status}. burrow knows one method, TOTP, and no passkeys, so passkeys never count;
 * backup codes are reported only while a TOTP device is on (codes left from a removed device are no way in).
 */
public record TwoFactorStatus(boolean enabled, int backupCodesRemaining, String method, boolean hasPasskeys,
                              boolean hasTotp, boolean passkeysEnabledFor2fa) {

    public static final String TOTP = "TOTP";

    /** The status of a user with or without a TOTP device; {@code backupCodes} is asked only when there is one. */
    public static TwoFactorStatus of(boolean hasTotp, IntSupplier backupCodes) {
        return new TwoFactorStatus(hasTotp, hasTotp ? backupCodes.getAsInt() : 0, hasTotp ? TOTP : null, false,
                hasTotp, false);
    }
}
