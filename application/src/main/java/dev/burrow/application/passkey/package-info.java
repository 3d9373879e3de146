/**
 * Passkeys: registering and proving them, managing them, signing in with one alone, and using one as the second
 * factor, over the stores of credentials and challenges and the {@link dev.burrow.application.passkey.PasskeyVerifier}
 * that does WebAuthn's cryptography.
 */
package dev.burrow.application.passkey;
