/** PostHog's WebAuthn endpoints: registering, proving, listing, renaming and deleting passkeys, and signing in. */
package dev.burrow.http.passkey;
