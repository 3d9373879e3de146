package dev.burrow.application.passkey;

import java.util.List;

/**
 * What the browser needs to sign with a passkey: the challenge, the timeout, the relying party id and the passkeys
 * it may use (none listed: any it holds for the site, for a usernameless login). User verification is always
 * required.
 */
public record RequestOptions(String challenge, long timeout, String rpId, List<CredentialDescriptor> allowCredentials) {

    public RequestOptions {
        allowCredentials = List.copyOf(allowCredentials);
    }
}
