package dev.burrow.application.passkey;

import dev.burrow.domain.passkey.PasskeyChallenge;
import dev.burrow.domain.passkey.WebauthnCredential;

import java.util.Optional;
import java.util.OptionalLong;

/** Checking a passkey's answer to a challenge, the same for proving a new passkey, a login and a second factor. */
final class Assertions {

    private Assertions() {
    }

    /**
     * The counter {@code credential} reported in {@code answer}, if the answer is well formed, verifies, and shows
     * no sign of a copied authenticator; empty otherwise.
     */
    static OptionalLong verify(PasskeyPorts ports, PasskeyAnswer answer, byte[] rawId, PasskeyChallenge challenge,
                               WebauthnCredential credential) {
        Optional<byte[]> clientData = Binary.decode(answer.clientDataJson());
        Optional<byte[]> authenticatorData = Binary.decode(answer.authenticatorData());
        Optional<byte[]> signature = Binary.decode(answer.signature());
        if (clientData.isEmpty() || authenticatorData.isEmpty() || signature.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            long counter = ports.verifier().verifyAssertion(new PasskeyVerifier.Assertion(rawId, clientData.get(),
                    authenticatorData.get(), signature.get(), Binary.decode(answer.userHandle()).orElse(null)),
                    challenge.bytes(), credential);
            return credential.isClonedBy(counter) ? OptionalLong.empty() : OptionalLong.of(counter);
        } catch (PasskeyVerifier.Rejected e) {
            return OptionalLong.empty();
        }
    }
}
