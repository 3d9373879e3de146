package dev.burrow.webauthn;

import dev.burrow.application.passkey.PasskeyVerifier;
import dev.burrow.domain.passkey.RelyingParty;
import dev.burrow.domain.passkey.WebauthnCredential;
import dev.burrow.domain.user.UserId;
import dev.burrow.webauthn.testing.SoftwareAuthenticator;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static dev.burrow.webauthn.testing.SoftwareAuthenticator.decode;
import static dev.burrow.webauthn.testing.SoftwareAuthenticator.encode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The verifier against a software authenticator: real attestations and signatures, right and wrong. */
class Webauthn4jVerifierTest {

    private static final String SITE = "https://burrow.example.com";
    private final SecureRandom random = new SecureRandom();
    private final Webauthn4jVerifier verifier = Webauthn4jVerifier.forSite(SITE);

    private String challenge() {
        byte[] bytes = new byte[64];
        random.nextBytes(bytes);
        return encode(bytes);
    }

    private WebauthnCredential register(SoftwareAuthenticator authenticator) {
        return register(authenticator, "burrow.example.com");
    }

    private WebauthnCredential register(SoftwareAuthenticator authenticator, String rpId) {
        String challenge = challenge();
        SoftwareAuthenticator.Created created = authenticator.create(rpId, encode(new byte[16]),
                "ada@example.com", challenge, PasskeyVerifier.ALGORITHMS);
        PasskeyVerifier.NewPasskey passkey = verifier.verifyRegistration(new PasskeyVerifier.Attestation(
                decode(created.clientDataJson()), decode(created.attestationObject()), Set.copyOf(created.transports())),
                decode(challenge));
        assertThat(passkey.credentialId()).isEqualTo(decode(created.id()));
        return WebauthnCredential.registered(new UserId(1), passkey.credentialId(), "Passkey", passkey.publicKey(),
                passkey.algorithm(), passkey.counter(), created.transports(), Instant.now(), random);
    }

    private long sign(SoftwareAuthenticator authenticator, WebauthnCredential credential, String rpId) {
        String challenge = challenge();
        SoftwareAuthenticator.Asserted asserted = authenticator.get(rpId, challenge, List.of());
        return verifier.verifyAssertion(new PasskeyVerifier.Assertion(decode(asserted.id()),
                decode(asserted.clientDataJson()), decode(asserted.authenticatorData()), decode(asserted.signature()),
                asserted.userHandle() == null ? null : decode(asserted.userHandle())), decode(challenge), credential);
    }

    @Test
    void the_relying_party_is_the_sites_host_and_origin() {
        assertThat(verifier.relyingParty()).isEqualTo(new RelyingParty("burrow.example.com", "PostHog", SITE));
        assertThat(RelyingParty.forSite("http://localhost:8000/")).isEqualTo(
                new RelyingParty("localhost", "PostHog", "http://localhost:8000"));
        assertThat(RelyingParty.forSite("https://Example.com:443")).isEqualTo(
                new RelyingParty("example.com", "PostHog", "https://example.com"));
    }

    @Test
    void a_passkey_registers_and_signs() {
        SoftwareAuthenticator authenticator = SoftwareAuthenticator.at(SITE);
        WebauthnCredential credential = register(authenticator);

        assertThat(PasskeyVerifier.ALGORITHMS).contains(credential.algorithm());
        assertThat(sign(authenticator, credential, "burrow.example.com")).isGreaterThan(credential.counter());
    }

    @Test
    void a_packed_attestation_is_checked_and_taken() {
        SoftwareAuthenticator authenticator = SoftwareAuthenticator.packedAt(SITE);
        assertThat(register(authenticator).credentialId()).isNotEmpty();
    }

    @Test
    void another_origin_is_refused_in_both_ceremonies() {
        SoftwareAuthenticator phishing = SoftwareAuthenticator.at("https://burrow.example.com.evil.test");
        assertThatThrownBy(() -> register(phishing)).isInstanceOf(PasskeyVerifier.Rejected.class);

        SoftwareAuthenticator authenticator = SoftwareAuthenticator.at(SITE);
        WebauthnCredential credential = register(authenticator);
        authenticator.origin("https://evil.test");
        assertThatThrownBy(() -> sign(authenticator, credential, "burrow.example.com"))
                .isInstanceOf(PasskeyVerifier.Rejected.class);
    }

    /** The parent domain is one a browser at the site may name; burrow's passkeys are for its host alone. */
    @Test
    void a_passkey_for_another_relying_party_id_is_refused() {
        SoftwareAuthenticator authenticator = SoftwareAuthenticator.at(SITE);
        assertThatThrownBy(() -> register(authenticator, "example.com")).isInstanceOf(PasskeyVerifier.Rejected.class);
    }

    @Test
    void a_counter_that_does_not_move_on_is_a_clone() {
        SoftwareAuthenticator authenticator = SoftwareAuthenticator.at(SITE);
        WebauthnCredential registered = register(authenticator);
        long counter = sign(authenticator, registered, "burrow.example.com");
        WebauthnCredential used = WebauthnCredential.restore(registered.id(), registered.userId(),
                registered.credentialId(), registered.label(), registered.publicKey(), registered.algorithm(), counter,
                registered.transports(), true, registered.createdAt());
        authenticator.counting(false);

        assertThatThrownBy(() -> sign(authenticator, used, "burrow.example.com"))
                .isInstanceOfSatisfying(PasskeyVerifier.Rejected.class, e -> assertThat(e.cloned()).isTrue());
    }
}
