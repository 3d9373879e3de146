package dev.burrow.application.passkey;

import dev.burrow.application.actor.Actor;
import dev.burrow.domain.failure.NotAuthenticatedException;
import dev.burrow.domain.failure.PasskeyRefusedException;
import dev.burrow.domain.passkey.PasskeyChallenge;
import dev.burrow.domain.passkey.WebauthnCredential;
import dev.burrow.domain.user.User;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Managing and proving the caller's passkeys, with PostHog's messages and in its order. */
record PasskeyCredentialsService(PasskeyPorts ports, Ceremonies ceremonies) implements PasskeyCredentialsUseCase {

    static final String NOT_FOUND = "Credential not found.";
    static final String BAD_LABEL = "Label is required and must be 200 characters or less.";
    static final String ALREADY_VERIFIED = "Credential is already verified.";
    static final String NO_VERIFICATION = "No pending verification. Please start verification again.";
    static final String MISMATCH = "Credential ID mismatch.";
    static final String GONE_OR_VERIFIED = "Credential not found or already verified.";
    static final String FAILED = "Verification failed: could not complete verification";

    @Override
    public List<WebauthnCredential> list(Actor actor) {
        Ceremonies.sessionOf(actor);
        return ports.credentials().ofUser(actor.userId());
    }

    @Override
    public WebauthnCredential rename(Actor actor, String id, String label) {
        ports.sensitive().guard(actor, true, false);
        Ceremonies.sessionOf(actor);
        WebauthnCredential credential = own(actor, id);
        if (label == null || label.isEmpty() || label.length() > WebauthnCredential.LABEL_MAX_LENGTH) {
            throw PasskeyRefusedException.refused(BAD_LABEL);
        }
        if (!ports.credentials().rename(credential.id(), label)) {
            throw PasskeyRefusedException.notFound(NOT_FOUND);
        }
        return own(actor, id);
    }

    @Override
    public void delete(Actor actor, String id) {
        ports.sensitive().guard(actor, true, false);
        Ceremonies.sessionOf(actor);
        WebauthnCredential credential = own(actor, id);
        if (!ports.credentials().delete(credential.id())) {
            throw PasskeyRefusedException.notFound(NOT_FOUND);
        }
        ports.mail().removed(owner(actor), credential.label());
    }

    @Override
    public RequestOptions beginVerification(Actor actor, String id) {
        ports.sensitive().guard(actor, true, false);
        String holder = Ceremonies.sessionOf(actor);
        WebauthnCredential credential = own(actor, id);
        if (credential.verified()) {
            throw PasskeyRefusedException.refused(ALREADY_VERIFIED);
        }
        PasskeyChallenge challenge = ceremonies.issue(holder, PasskeyChallenge.Ceremony.VERIFICATION,
                actor.userId(), credential.id());
        return new RequestOptions(challenge.challenge(), PasskeyChallenge.TIMEOUT_MILLIS,
                ports.verifier().relyingParty().id(), List.of(CredentialDescriptor.of(credential)));
    }

    /**
     * The challenge is taken before anything is checked, so a failed proof needs a new one. Proving the user's first
     * passkey ends their other sessions (whoever holds one could not have signed in with it), under the user's lock
     * as a password change does.
     */
    @Override
    public WebauthnCredential completeVerification(Actor actor, String id, PasskeyAnswer answer) {
        ports.sensitive().guard(actor, true, false);
        String holder = Ceremonies.sessionOf(actor);
        PasskeyChallenge challenge = ceremonies.take(holder, PasskeyChallenge.Ceremony.VERIFICATION)
                .filter(taken -> actor.userId().equals(taken.userId()))
                .orElseThrow(() -> PasskeyRefusedException.refused(NO_VERIFICATION));
        if (!challenge.credential().toString().equals(id)) {
            throw PasskeyRefusedException.refused(MISMATCH);
        }
        WebauthnCredential credential = ports.credentials().byId(challenge.credential())
                .filter(found -> found.userId().equals(actor.userId()) && !found.verified())
                .orElseThrow(() -> PasskeyRefusedException.refused(GONE_OR_VERIFIED));
        long counter = verify(answer, challenge, credential);
        ports.transactions().run(() -> {
            ports.users().lockedById(actor.userId());
            boolean first = !ports.credentials().hasVerified(actor.userId());
            if (!ports.credentials().markVerified(credential.id(), counter)) {
                throw PasskeyRefusedException.refused(GONE_OR_VERIFIED);
            }
            if (first) {
                ports.sessions().deleteAllOf(actor.userId(), holder);
            }
        });
        ports.mail().added(owner(actor), credential.label());
        return ports.credentials().byId(credential.id())
                .orElseThrow(() -> PasskeyRefusedException.refused(GONE_OR_VERIFIED));
    }

    private long verify(PasskeyAnswer answer, PasskeyChallenge challenge, WebauthnCredential credential) {
        byte[] rawId = Binary.decode(answer.rawId()).orElseThrow(() -> PasskeyRefusedException.refused(FAILED));
        return Assertions.verify(ports, answer, rawId, challenge, credential)
                .orElseThrow(() -> PasskeyRefusedException.refused(FAILED));
    }

    /** The caller's passkey {@code id}: anything else (another's, none, not a UUID) is not found. */
    private WebauthnCredential own(Actor actor, String id) {
        return parse(id).flatMap(ports.credentials()::byId)
                .filter(credential -> credential.userId().equals(actor.userId()))
                .orElseThrow(() -> PasskeyRefusedException.notFound(NOT_FOUND));
    }

    static Optional<UUID> parse(String id) {
        try {
            return Optional.ofNullable(id).map(UUID::fromString);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private User owner(Actor actor) {
        return Optional.ofNullable(actor.user()).or(() -> ports.users().byId(actor.userId()))
                .orElseThrow(NotAuthenticatedException::new);
    }
}
