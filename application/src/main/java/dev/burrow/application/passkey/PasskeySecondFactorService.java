package dev.burrow.application.passkey;

import dev.burrow.domain.failure.PasskeyRefusedException;
import dev.burrow.domain.passkey.PasskeyChallenge;
import dev.burrow.domain.passkey.WebauthnCredential;
import dev.burrow.domain.session.Session;
import dev.burrow.domain.user.User;

import java.util.List;
import java.util.Optional;

/** PostHog's {@code TwoFactorPasskeyViewSet}: its checks, its order, its {@code {"error": ...}} refusals. */
record PasskeySecondFactorService(PasskeyPorts ports, Ceremonies ceremonies) implements PasskeySecondFactorUseCase {

    static final String NO_PENDING = "No pending 2FA session. Please log in first.";
    static final String NO_USER = "User not found.";
    static final String NO_PASSKEYS = "No passkeys found for this user.";
    static final String NOT_ENABLED = "Passkeys are not enabled for 2FA. Please enable them in your settings.";

    @Override
    public Methods methods(String pendingKey) {
        User user = userOf(pending(pendingKey));
        return new Methods(ports.totpDevices().of(user.id()).isPresent(),
                turnedOn(user) && ports.credentials().hasVerified(user.id()));
    }

    @Override
    public RequestOptions begin(String pendingKey) {
        Session pending = pending(pendingKey);
        User user = userOf(pending);
        List<CredentialDescriptor> verified = ports.credentials().ofUser(user.id()).stream()
                .filter(WebauthnCredential::verified).map(CredentialDescriptor::of).toList();
        if (verified.isEmpty()) {
            throw PasskeyRefusedException.refused(NO_PASSKEYS);
        }
        if (!turnedOn(user)) {
            throw PasskeyRefusedException.refused(NOT_ENABLED);
        }
        PasskeyChallenge challenge = ceremonies.issue(pending.id(), PasskeyChallenge.Ceremony.SECOND_FACTOR,
                user.id(), null);
        return new RequestOptions(challenge.challenge(), PasskeyChallenge.TIMEOUT_MILLIS,
                ports.verifier().relyingParty().id(), verified);
    }

    private Session pending(String pendingKey) {
        return Optional.ofNullable(pendingKey).filter(key -> !key.isEmpty())
                .flatMap(key -> ports.sessions().byId(Session.idOf(key)))
                .filter(session -> session.awaitsSecondFactorAt(ports.clock().instant()))
                .orElseThrow(() -> PasskeyRefusedException.refused(NO_PENDING));
    }

    private User userOf(Session pending) {
        return ports.users().byId(pending.userId()).filter(User::isActive)
                .orElseThrow(() -> PasskeyRefusedException.notFound(NO_USER));
    }

    private static boolean turnedOn(User user) {
        return Boolean.TRUE.equals(user.preferences().passkeysEnabledFor2fa());
    }
}
