package dev.burrow.application.passkey;

import dev.burrow.domain.passkey.WebauthnCredential;

import java.util.List;

/** A passkey as options name it to the browser: its base64url credential id and the transports it was made over. */
public record CredentialDescriptor(String id, List<String> transports) {

    public CredentialDescriptor {
        transports = List.copyOf(transports);
    }

    static CredentialDescriptor of(WebauthnCredential credential) {
        return new CredentialDescriptor(credential.credentialIdText(), credential.transports());
    }
}
