package dev.burrow.application.passkey;

import dev.burrow.application.actor.Actor;
import dev.burrow.domain.failure.NotAuthenticatedException;
import dev.burrow.domain.failure.PasskeyRefusedException;
import dev.burrow.domain.passkey.PasskeyChallenge;
import dev.burrow.domain.passkey.WebauthnCredential;
import dev.burrow.domain.user.User;

import java.nio.ByteBuffer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Registration in PostHog's order: the gate, then the challenge taken, then the attestation, then storage. */
record PasskeyRegistrationService(PasskeyPorts ports, Ceremonies ceremonies) implements PasskeyRegistrationUseCase {

    static final String NO_CHALLENGE = "No registration challenge found. Please start registration again.";
    static final String FAILED = "Registration failed: could not complete registration";

    @Override
    public CreationOptions begin(Actor actor) {
        ports.sensitive().guard(actor, true, false);
        String holder = Ceremonies.sessionOf(actor);
        User user = owner(actor);
        List<CredentialDescriptor> exclude = ports.credentials().ofUser(user.id()).stream()
                .filter(WebauthnCredential::verified).map(CredentialDescriptor::of).toList();
        PasskeyChallenge challenge = ceremonies.issue(holder, PasskeyChallenge.Ceremony.REGISTRATION, user.id(), null);
        return new CreationOptions(ports.verifier().relyingParty(), handleOf(user.uuid()), user.email().value(),
                displayName(user), challenge.challenge(), PasskeyVerifier.ALGORITHMS, PasskeyChallenge.TIMEOUT_MILLIS,
                exclude);
    }

    @Override
    public UUID complete(Actor actor, RegistrationAnswer answer) {
        ports.sensitive().guard(actor, true, false);
        String holder = Ceremonies.sessionOf(actor);
        User user = owner(actor);
        PasskeyChallenge challenge = ceremonies.take(holder, PasskeyChallenge.Ceremony.REGISTRATION)
                .filter(taken -> user.id().equals(taken.userId()))
                .orElseThrow(() -> PasskeyRefusedException.refused(NO_CHALLENGE));
        Optional<byte[]> clientData = Binary.decode(answer.clientDataJson());
        Optional<byte[]> attestation = Binary.decode(answer.attestationObject());
        String label = answer.label() == null ? WebauthnCredential.DEFAULT_LABEL : answer.label();
        List<String> transports = answer.transports() == null ? List.of() : answer.transports();
        if (clientData.isEmpty() || attestation.isEmpty() || label.length() > WebauthnCredential.LABEL_MAX_LENGTH) {
            throw PasskeyRefusedException.refused(FAILED);
        }
        PasskeyVerifier.NewPasskey passkey;
        try {
            passkey = ports.verifier().verifyRegistration(new PasskeyVerifier.Attestation(clientData.get(),
                    attestation.get(), new LinkedHashSet<>(transports)), challenge.bytes());
        } catch (PasskeyVerifier.Rejected e) {
            throw PasskeyRefusedException.refused(FAILED);
        }
        WebauthnCredential credential = WebauthnCredential.registered(user.id(), passkey.credentialId(), label,
                passkey.publicKey(), passkey.algorithm(), passkey.counter(), transports, ports.clock().instant(),
                ports.random());
        if (!ports.credentials().add(credential)) {
            throw PasskeyRefusedException.refused(FAILED);
        }
        return credential.id();
    }

    private User owner(Actor actor) {
        return Optional.ofNullable(actor.user()).or(() -> ports.users().byId(actor.userId()))
                .orElseThrow(NotAuthenticatedException::new);
    }

    /** The user handle: the 16 bytes of the user's UUID, as PostHog's {@code user.uuid.bytes}. */
    static String handleOf(UUID uuid) {
        return WebauthnCredential.encode(ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits())
                .putLong(uuid.getLeastSignificantBits()).array());
    }

    /** Django's {@code get_full_name() or email}. */
    static String displayName(User user) {
        String full = (user.firstName() + " " + user.lastName()).strip();
        return full.isEmpty() ? user.email().value() : full;
    }
}
