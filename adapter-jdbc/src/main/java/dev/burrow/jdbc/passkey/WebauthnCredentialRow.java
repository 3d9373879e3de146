package dev.burrow.jdbc.passkey;

import dev.burrow.domain.passkey.WebauthnCredential;
import dev.burrow.domain.user.UserId;
import dev.burrow.jdbc.database.JsonColumns;

import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/** One row of {@code webauthn_credentials}: binary values in base64url, transports as a JSON array. */
record WebauthnCredentialRow(UUID id, long userId, String credentialId, String label, String publicKey,
                             int algorithm, long counter, String transports, boolean verified, Instant createdAt) {

    static WebauthnCredentialRow of(WebauthnCredential credential) {
        return new WebauthnCredentialRow(credential.id(), credential.userId().value(), credential.credentialIdText(),
                credential.label(), WebauthnCredential.encode(credential.publicKey()), credential.algorithm(),
                credential.counter(), JsonColumns.write(credential.transports()), credential.verified(),
                credential.createdAt());
    }

    WebauthnCredential toCredential() {
        Base64.Decoder decoder = Base64.getUrlDecoder();
        return WebauthnCredential.restore(id, new UserId(userId), decoder.decode(credentialId), label,
                decoder.decode(publicKey), algorithm, counter, JsonColumns.strings(transports), verified, createdAt);
    }
}
