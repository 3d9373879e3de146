package dev.burrow.application.passkey;

import dev.burrow.application.actor.Actor;
import dev.burrow.domain.passkey.WebauthnCredential;

import java.util.List;

/**
 * The caller's own passkeys (PostHog's {@code /api/webauthn/credentials/}): listing, renaming, deleting, and proving
 * a new one. Only the owner sees or touches a passkey: another's id is answered as one that does not exist. Every
 * change sits behind the recent-login gate; proving the first passkey ends the user's other sessions, and adding
 * or removing one sends the user a notice.
 */
public interface PasskeyCredentialsUseCase {

    /** The caller's passkeys, verified or not, newest first. */
    List<WebauthnCredential> list(Actor actor);

    /** Gives the passkey {@code id} a new label of 1 to 200 characters. */
    WebauthnCredential rename(Actor actor, String id, String label);

    void delete(Actor actor, String id);

    /** The options to prove the passkey {@code id}; the challenge waits in the caller's session. */
    RequestOptions beginVerification(Actor actor, String id);

    /** Checks the proof and marks the passkey verified. */
    WebauthnCredential completeVerification(Actor actor, String id, PasskeyAnswer answer);
}
