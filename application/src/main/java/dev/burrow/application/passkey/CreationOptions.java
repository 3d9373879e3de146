package dev.burrow.application.passkey;

import dev.burrow.domain.passkey.RelyingParty;

import java.util.List;

/**
 * What the browser needs to create a passkey, as PostHog's fixed options give it: the relying party, the user (the
 * handle is the user's UUID's 16 bytes, base64url), the challenge, the algorithms, the timeout and the user's
 * verified passkeys to exclude. Resident key and user verification are always required, attestation {@code none}.
 */
public record CreationOptions(RelyingParty rp, String userHandle, String userName, String userDisplayName,
                              String challenge, List<Integer> algorithms, long timeout,
                              List<CredentialDescriptor> excludeCredentials) {

    public CreationOptions {
        algorithms = List.copyOf(algorithms);
        excludeCredentials = List.copyOf(excludeCredentials);
    }
}
