package dev.burrow.application.passkey;

import dev.burrow.domain.passkey.PasskeyChallenge;
import dev.burrow.domain.session.Session;
import dev.burrow.domain.user.User;

/**
 * What a login needs from passkeys, in PostHog's order, split where the login's own throttle goes between: first
 * the challenge and the answer's shape, which name the user the answer claims to be ({@link #claim}); then, once
 * the throttle let the attempt through, the proof itself ({@link #prove}).
 */
public interface PasskeyLoginCheck {

    /**
     * Takes the challenge the browser holding {@code challengeKey} was given (once, whatever follows) and reads who
     * the answer claims to be from its user handle. Fails with PostHog's {@code {"error": ...}} refusals.
     */
    Claim claim(String challengeKey, PasskeyAnswer answer);

    /**
     * Checks the claim: the passkey the answer names is a verified one of the claimed user, its signature over the
     * challenge verifies for this origin and relying party, and its counter moved on (a copied authenticator's does
     * not). Records the new counter; answers the user, or fails with "Authentication failed".
     */
    User prove(Claim claim);

    /**
     * Checks a passkey as the second factor of the login pending in {@code pending}: the challenge its browser was
     * given ({@code 2fa_no_challenge} without one; taken once, whatever follows), a verified passkey of the pending
     * user named by {@code credentialId} ({@code 2fa_invalid_passkey}), its signature, origin, relying party and
     * counter ({@code 2fa_passkey_failed}). Records the new counter.
     */
    void proveSecondFactor(Session pending, String credentialId, PasskeyAnswer answer);

    /** An answer to a login challenge, and the active user its handle names. */
    record Claim(User user, PasskeyChallenge challenge, PasskeyAnswer answer) {
    }
}
