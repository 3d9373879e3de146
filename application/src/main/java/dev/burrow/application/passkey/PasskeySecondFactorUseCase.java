package dev.burrow.application.passkey;

/**
 * A passkey as the second factor of a password login, before {@code /api/login/token/} completes it (PostHog's
 * {@code /api/login/2fa/passkey/methods/} and {@code begin/}). Both act on the pending login whose key the browser
 * holds; the challenge waits with it.
 */
public interface PasskeySecondFactorUseCase {

    /** Which second factors the pending login's user may use. */
    Methods methods(String pendingKey);

    /** The options to sign with one of the user's verified passkeys. */
    RequestOptions begin(String pendingKey);

    /** {@code hasPasskeys}: a verified passkey, and passkeys turned on for 2FA. */
    record Methods(boolean hasTotp, boolean hasPasskeys) {
    }
}
