package dev.burrow.application.passkey;

import dev.burrow.application.user.PasskeyDirectory;
import dev.burrow.domain.passkey.WebauthnCredential;
import dev.burrow.domain.user.UserId;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Where users' passkeys are kept. A credential id is unique across all users (PostHog only keeps it unique per
 * user, which lets a second account claim someone's credential id and make passkey logins with it ambiguous); a
 * user's passkeys go when the user does.
 */
public interface WebauthnCredentialRepository extends PasskeyDirectory {

    /** Stores a new passkey; false, storing nothing, when its credential id is already anyone's. */
    boolean add(WebauthnCredential credential);

    Optional<WebauthnCredential> byId(UUID id);

    /** The passkey an authenticator names by its credential id, whoever's it is. */
    Optional<WebauthnCredential> byCredentialId(byte[] credentialId);

    /** The user's passkeys, verified or not, newest first. */
    List<WebauthnCredential> ofUser(UserId userId);

    /** Whether the user has a verified passkey. */
    @Override
    boolean hasVerified(UserId userId);

    /**
     * Those of {@code users} for whom a passkey counts as the second factor: passkeys turned on for 2FA, and a
     * verified passkey (the user object's {@code is_2fa_enabled}).
     */
    Set<UserId> withPasskeySecondFactor(Collection<UserId> users);

    boolean rename(UUID id, String label);

    /**
     * Marks the passkey verified with the counter its proof reported; false when it is gone or already verified, so
     * two proofs racing verify it once.
     */
    boolean markVerified(UUID id, long counter);

    /**
     * Records {@code counter} as the last one the authenticator reported, only if it is more than the stored one, or
     * both are 0 (an authenticator that keeps no counter); whether it was recorded. Atomic: two logins racing with
     * the same signature count cannot both pass.
     */
    boolean advanceCounter(UUID id, long counter);

    boolean delete(UUID id);
}
