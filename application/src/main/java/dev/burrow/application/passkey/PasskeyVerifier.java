package dev.burrow.application.passkey;

import dev.burrow.domain.passkey.RelyingParty;
import dev.burrow.domain.passkey.WebauthnCredential;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * WebAuthn's cryptography, done by a library behind this port (adapter-webauthn): checking a new passkey's
 * attestation and a passkey's signature over a challenge, for the one relying party burrow speaks for. The core
 * decides everything else (which challenge, whose passkey, the counter, the order of PostHog's checks).
 */
public interface PasskeyVerifier {

    /** The COSE algorithms passkeys may use, in PostHog's order: ES512, ES256, EdDSA. */
    List<Integer> ALGORITHMS = List.of(-36, -7, -8);

    /** Who passkeys are made for, and the one origin accepted. */
    RelyingParty relyingParty();

    /**
     * Checks a registration answered to {@code challenge}: origin, relying party id, user presence and
     * verification, one of {@link #ALGORITHMS}, and the attestation statement of any common format ({@code none}
     * included; no trust anchors are required, as PostHog asks for none). Fails with {@link Rejected}.
     */
    NewPasskey verifyRegistration(Attestation attestation, byte[] challenge);

    /**
     * Checks an assertion answered to {@code challenge} by {@code credential}: origin, relying party id, user
     * presence and verification, the signature over it with the stored key, and a counter that moved on. Answers the
     * counter the authenticator reported; fails with {@link Rejected}.
     */
    long verifyAssertion(Assertion assertion, byte[] challenge, WebauthnCredential credential);

    /** What a browser sent back from {@code navigator.credentials.create()}. */
    record Attestation(byte[] clientDataJson, byte[] attestationObject, Set<String> transports) {
    }

    /** What a browser sent back from {@code navigator.credentials.get()}; {@code userHandle} may be null. */
    record Assertion(byte[] credentialId, byte[] clientDataJson, byte[] authenticatorData, byte[] signature,
                     byte[] userHandle) {
    }

    /** What to keep of a verified registration. */
    record NewPasskey(byte[] credentialId, byte[] publicKey, int algorithm, long counter) {

        @Override
        public boolean equals(Object other) {
            return other instanceof NewPasskey that && Arrays.equals(credentialId, that.credentialId)
                    && Arrays.equals(publicKey, that.publicKey) && algorithm == that.algorithm
                    && counter == that.counter;
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(credentialId);
        }

        @Override
        public String toString() {
            return "NewPasskey[algorithm=" + algorithm + ", counter=" + counter + "]";
        }
    }

    /** The answer did not verify; {@code cloned} when the counter did not move on, the sign of a copied key. */
    final class Rejected extends RuntimeException {

        private final boolean cloned;

        public Rejected(String reason, boolean cloned, Throwable cause) {
            super(reason, cause, false, false);
            this.cloned = cloned;
        }

        public boolean cloned() {
            return cloned;
        }
    }
}
