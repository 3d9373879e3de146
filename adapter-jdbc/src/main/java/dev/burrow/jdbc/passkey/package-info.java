/** Passkeys and their ceremonies' challenges in the {@code webauthn_*} tables. */
package dev.burrow.jdbc.passkey;
