package dev.burrow.application.passkey;

import java.util.List;

/**
 * PostHog's {@code POST /api/login/precheck/}, which its login page calls with the typed address before it offers a
 * password field or a passkey: the address's verified passkeys, whether a password works, and the SSO fields,
 * answered as burrow has no SSO. Throttled to 30 a minute per client address, unless the caller prechecks their own
 * address.
 */
public interface LoginPrecheckUseCase {

    /**
     * {@code email} as typed (missing or malformed: PostHog's field errors); {@code callerEmail} is the address of
     * the logged-in caller, if any; {@code clientAddress} where the request came from.
     */
    Precheck precheck(String email, String callerEmail, String clientAddress);

    /** What the login page learns about the address. */
    record Precheck(List<CredentialDescriptor> webauthnCredentials, boolean passwordLoginAvailable) {

        public Precheck {
            webauthnCredentials = List.copyOf(webauthnCredentials);
        }
    }
}
