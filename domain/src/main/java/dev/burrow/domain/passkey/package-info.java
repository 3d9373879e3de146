/**
 * Passkeys (WebAuthn credentials): what burrow keeps of a user's authenticator, the relying party it speaks for, and
 * the one-time challenges of its ceremonies. The cryptography is a library's, behind a port of the application.
 */
package dev.burrow.domain.passkey;
