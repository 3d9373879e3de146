package dev.burrow.domain.twofactor;

import java.util.function.IntSupplier;

/**
 * PostHog's {@code two_factor_status}: the method is TOTP when a device is on, else passkeys when they are turned on
 * for 2FA with a verified one (the effective {@code passkeys_enabled_for_2fa}); {@code has_passkeys} is a verified
 * passkey whatever the setting. Backup codes are reported only while a TOTP device is on (codes left from a removed
 * device are no way in).
 */
public record TwoFactorStatus(boolean enabled, int backupCodesRemaining, String method, boolean hasPasskeys,
                              boolean hasTotp, boolean passkeysEnabledFor2fa) {

    public static final String TOTP = "TOTP";
    public static final String PASSKEY = "passkey";

    /** The status of a user with or without a TOTP device; {@code backupCodes} is asked only when there is one. */
    public static TwoFactorStatus of(boolean hasTotp, IntSupplier backupCodes) {
        return of(hasTotp, false, false, backupCodes);
    }

    /**
     * The status of a user with or without a TOTP device and verified passkeys; {@code passkeysFor2fa} is the
     * effective setting (turned on, and a verified passkey).
     */
    public static TwoFactorStatus of(boolean hasTotp, boolean hasPasskeys, boolean passkeysFor2fa,
                                     IntSupplier backupCodes) {
        return new TwoFactorStatus(hasTotp || passkeysFor2fa, hasTotp ? backupCodes.getAsInt() : 0,
                hasTotp ? TOTP : passkeysFor2fa ? PASSKEY : null, hasPasskeys, hasTotp, passkeysFor2fa);
    }
}
