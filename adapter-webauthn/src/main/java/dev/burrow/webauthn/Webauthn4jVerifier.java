package dev.burrow.webauthn;

import com.webauthn4j.WebAuthnManager;
import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.credential.CredentialRecordImpl;
import com.webauthn4j.data.AuthenticationData;
import com.webauthn4j.data.AuthenticationParameters;
import com.webauthn4j.data.AuthenticationRequest;
import com.webauthn4j.data.AuthenticatorTransport;
import com.webauthn4j.data.PublicKeyCredentialParameters;
import com.webauthn4j.data.PublicKeyCredentialType;
import com.webauthn4j.data.RegistrationData;
import com.webauthn4j.data.RegistrationParameters;
import com.webauthn4j.data.RegistrationRequest;
import com.webauthn4j.data.attestation.authenticator.AAGUID;
import com.webauthn4j.data.attestation.authenticator.AttestedCredentialData;
import com.webauthn4j.data.attestation.authenticator.COSEKey;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import com.webauthn4j.data.attestation.statement.NoneAttestationStatement;
import com.webauthn4j.data.client.Origin;
import com.webauthn4j.data.client.challenge.DefaultChallenge;
import com.webauthn4j.server.ServerProperty;
import com.webauthn4j.verifier.exception.MaliciousCounterValueException;
import dev.burrow.application.passkey.PasskeyVerifier;
import dev.burrow.domain.passkey.RelyingParty;
import dev.burrow.domain.passkey.WebauthnCredential;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * {@link PasskeyVerifier} over webauthn4j's non-strict manager: every common attestation format is checked for what
 * it says, none needs a trust anchor (PostHog asks browsers for attestation {@code none}), and user verification is
 * required in both ceremonies, as PostHog's options say.
 */
public final class Webauthn4jVerifier implements PasskeyVerifier {

    private final RelyingParty relyingParty;
    private final ObjectConverter converter = new ObjectConverter();
    private final WebAuthnManager manager = WebAuthnManager.createNonStrictWebAuthnManager(converter);
    private final List<PublicKeyCredentialParameters> algorithms = ALGORITHMS.stream()
            .map(alg -> new PublicKeyCredentialParameters(PublicKeyCredentialType.PUBLIC_KEY,
                    COSEAlgorithmIdentifier.create(alg)))
            .toList();

    public Webauthn4jVerifier(RelyingParty relyingParty) {
        this.relyingParty = Objects.requireNonNull(relyingParty, "relyingParty");
    }

    /** The verifier for a site served at {@code siteUrl} (PostHog's {@code SITE_URL}). */
    public static Webauthn4jVerifier forSite(String siteUrl) {
        return new Webauthn4jVerifier(RelyingParty.forSite(siteUrl));
    }

    @Override
    public RelyingParty relyingParty() {
        return relyingParty;
    }

    @Override
    public NewPasskey verifyRegistration(Attestation attestation, byte[] challenge) {
        try {
            RegistrationData data = manager.verify(
                    new RegistrationRequest(attestation.attestationObject(), attestation.clientDataJson(),
                            attestation.transports()),
                    new RegistrationParameters(server(challenge), algorithms, true, true));
            AttestedCredentialData credential = Objects.requireNonNull(data.getAttestationObject())
                    .getAuthenticatorData().getAttestedCredentialData();
            COSEKey key = Objects.requireNonNull(credential).getCOSEKey();
            return new NewPasskey(credential.getCredentialId(), converter.getCborConverter().writeValueAsBytes(key),
                    (int) key.getAlgorithm().getValue(),
                    data.getAttestationObject().getAuthenticatorData().getSignCount());
        } catch (RuntimeException e) {
            throw new Rejected("registration did not verify: " + e.getClass().getSimpleName(), false, e);
        }
    }

    @Override
    public long verifyAssertion(Assertion assertion, byte[] challenge, WebauthnCredential credential) {
        try {
            COSEKey key = converter.getCborConverter().readValue(credential.publicKey(), COSEKey.class);
            AttestedCredentialData stored = new AttestedCredentialData(AAGUID.ZERO, credential.credentialId(), key);
            Set<AuthenticatorTransport> transports = new HashSet<>();
            credential.transports().forEach(name -> transports.add(AuthenticatorTransport.create(name)));
            CredentialRecordImpl record = new CredentialRecordImpl(new NoneAttestationStatement(), true, null, null,
                    credential.counter(), stored, null, null, null, transports);
            AuthenticationData data = manager.verify(
                    new AuthenticationRequest(assertion.credentialId(), assertion.userHandle(),
                            assertion.authenticatorData(), assertion.clientDataJson(), assertion.signature()),
                    new AuthenticationParameters(server(challenge), record, List.of(credential.credentialId()), true,
                            true));
            return Objects.requireNonNull(data.getAuthenticatorData()).getSignCount();
        } catch (MaliciousCounterValueException e) {
            throw new Rejected("the counter did not move on", true, e);
        } catch (RuntimeException e) {
            throw new Rejected("assertion did not verify: " + e.getClass().getSimpleName(), false, e);
        }
    }

    private ServerProperty server(byte[] challenge) {
        return new ServerProperty(new Origin(relyingParty.origin()), relyingParty.id(), new DefaultChallenge(challenge));
    }
}
