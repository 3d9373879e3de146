package dev.burrow.webauthn.testing;

import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.data.AttestationConveyancePreference;
import com.webauthn4j.data.AuthenticatorAssertionResponse;
import com.webauthn4j.data.AuthenticatorAttestationResponse;
import com.webauthn4j.data.AuthenticatorSelectionCriteria;
import com.webauthn4j.data.PublicKeyCredential;
import com.webauthn4j.data.PublicKeyCredentialCreationOptions;
import com.webauthn4j.data.PublicKeyCredentialDescriptor;
import com.webauthn4j.data.PublicKeyCredentialParameters;
import com.webauthn4j.data.PublicKeyCredentialRequestOptions;
import com.webauthn4j.data.PublicKeyCredentialRpEntity;
import com.webauthn4j.data.PublicKeyCredentialType;
import com.webauthn4j.data.PublicKeyCredentialUserEntity;
import com.webauthn4j.data.ResidentKeyRequirement;
import com.webauthn4j.data.UserVerificationRequirement;
import com.webauthn4j.data.attestation.authenticator.AAGUID;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import com.webauthn4j.data.client.Origin;
import com.webauthn4j.data.client.challenge.DefaultChallenge;
import com.webauthn4j.test.authenticator.webauthn.NoneAttestationAuthenticator;
import com.webauthn4j.test.authenticator.webauthn.PackedAuthenticator;
import com.webauthn4j.test.authenticator.webauthn.WebAuthnAuthenticatorAdaptor;
import com.webauthn4j.test.authenticator.webauthn.WebAuthnModelAuthenticator;
import com.webauthn4j.test.client.ClientPlatform;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * A passkey authenticator in software (webauthn4j's emulator) behind a browser at {@code origin}: it answers
 * burrow's options as a browser's {@code navigator.credentials} would, in the JSON shape of
 * {@code @simplewebauthn/browser} that PostHog's web app sends (every binary value base64url). Tests choose what
 * the browser claims (its origin, the relying party id) and whether the authenticator's counter moves on, to play a
 * cloned key.
 */
public final class SoftwareAuthenticator {

    private final WebAuthnModelAuthenticator authenticator;
    private final ClientPlatform platform;

    private SoftwareAuthenticator(WebAuthnModelAuthenticator authenticator, String origin) {
        this.authenticator = authenticator;
        this.platform = new ClientPlatform(new Origin(origin), new WebAuthnAuthenticatorAdaptor(authenticator));
    }

    /** An authenticator with attestation {@code none} and a counter that moves on, in a browser at {@code origin}. */
    public static SoftwareAuthenticator at(String origin) {
        return new SoftwareAuthenticator(new NoneAttestationAuthenticator(AAGUID.ZERO, 0, true, new ObjectConverter()),
                origin);
    }

    /** An authenticator that signs a {@code packed} attestation statement with its own certificate. */
    public static SoftwareAuthenticator packedAt(String origin) {
        return new SoftwareAuthenticator(new PackedAuthenticator(), origin);
    }

    /** The browser now claims {@code origin} (a phishing page, say). */
    public SoftwareAuthenticator origin(String origin) {
        platform.setOrigin(new Origin(origin));
        return this;
    }

    /** Whether the counter moves on with each signature; off, the authenticator behaves as a copy of itself. */
    public SoftwareAuthenticator counting(boolean counting) {
        authenticator.setCountUpEnabled(counting);
        return this;
    }

    /** What {@code navigator.credentials.create()} gives back. */
    public record Created(String id, String clientDataJson, String attestationObject, List<String> transports) {
    }

    /** What {@code navigator.credentials.get()} gives back; {@code userHandle} may be null. */
    public record Asserted(String id, String clientDataJson, String authenticatorData, String signature,
                           String userHandle) {
    }

    /** Creates a discoverable passkey for the options' relying party {@code rpId} and user, as asked. */
    public Created create(String rpId, String userHandle, String userName, String challenge, List<Integer> algorithms) {
        List<PublicKeyCredentialParameters> params = new ArrayList<>();
        algorithms.forEach(alg -> params.add(new PublicKeyCredentialParameters(PublicKeyCredentialType.PUBLIC_KEY,
                COSEAlgorithmIdentifier.create(alg))));
        PublicKeyCredentialCreationOptions options = new PublicKeyCredentialCreationOptions(
                new PublicKeyCredentialRpEntity(rpId, "PostHog"),
                new PublicKeyCredentialUserEntity(decode(userHandle), userName, userName),
                new DefaultChallenge(decode(challenge)), params, 60_000L, List.of(),
                new AuthenticatorSelectionCriteria(null, true, ResidentKeyRequirement.REQUIRED,
                        UserVerificationRequirement.REQUIRED),
                AttestationConveyancePreference.NONE, null);
        PublicKeyCredential<AuthenticatorAttestationResponse, ?> credential = platform.create(options);
        return new Created(encode(credential.getRawId()), encode(credential.getResponse().getClientDataJSON()),
                encode(credential.getResponse().getAttestationObject()), List.of("internal", "hybrid"));
    }

    /**
     * Signs {@code challenge} for {@code rpId} with a passkey among {@code allowed} (base64url ids), or, with none
     * listed, with the passkey it holds for that relying party (a usernameless login).
     */
    public Asserted get(String rpId, String challenge, List<String> allowed) {
        List<PublicKeyCredentialDescriptor> descriptors = allowed.stream()
                .map(id -> new PublicKeyCredentialDescriptor(PublicKeyCredentialType.PUBLIC_KEY, decode(id), Set.of()))
                .toList();
        PublicKeyCredentialRequestOptions options = new PublicKeyCredentialRequestOptions(
                new DefaultChallenge(decode(challenge)), 60_000L, rpId, descriptors,
                UserVerificationRequirement.REQUIRED, null);
        PublicKeyCredential<AuthenticatorAssertionResponse, ?> credential = platform.get(options);
        AuthenticatorAssertionResponse response = credential.getResponse();
        return new Asserted(encode(credential.getRawId()), encode(response.getClientDataJSON()),
                encode(response.getAuthenticatorData()), encode(response.getSignature()),
                response.getUserHandle() == null ? null : encode(response.getUserHandle()));
    }

    public static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static byte[] decode(String text) {
        return Base64.getUrlDecoder().decode(text);
    }
}
