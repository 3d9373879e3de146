package dev.burrow.application.twofactor;

import dev.burrow.application.actor.Actor;
import dev.burrow.domain.twofactor.TotpSecret;

import java.util.List;

/**
 * A user's two-factor authentication: setting up a TOTP authenticator, backup codes, status and turning it off.
 * Setup and validation act on the caller's own session whatever user the URL names, as in PostHog; the others
 * follow the usual {@code @me}/staff lookup.
 */
public interface TwoFactorUseCase {

    /** Starts (or restarts) a setup in the caller's session; the secret is for the user's authenticator app. */
    TotpSecret startSetup(Actor actor);

    /**
     * The {@code otpauth://} URI of the setup pending in the caller's session, for a QR code: labelled with
     * {@code issuer} and the caller's email address.
     */
    String pendingSetupUri(Actor actor, String issuer);

    /** Confirms the pending setup with a code from the app: 2FA is on from now, and other sessions end. */
    void validate(Actor actor, String token);

    TwoFactorStatus status(Actor actor, String lookup);

    /**
     * Ten new backup codes in clear, replacing the old ones; shown only now. Only for the caller's own account:
     * staff naming another user are refused (403), unlike PostHog, where they would get that user's codes.
     */
    List<String> regenerateBackupCodes(Actor actor, String lookup);

    void disable(Actor actor, String lookup);

    /** PostHog's two_factor_status; passkeys are not supported, so they never count. */
    record TwoFactorStatus(boolean enabled, int backupCodesRemaining, String method, boolean hasPasskeys,
                           boolean hasTotp, boolean passkeysEnabledFor2fa) {
    }
}
