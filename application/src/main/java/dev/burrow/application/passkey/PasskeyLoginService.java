package dev.burrow.application.passkey;

import dev.burrow.domain.failure.InvalidInputException;
import dev.burrow.domain.failure.PasskeyRefusedException;
import dev.burrow.domain.passkey.PasskeyChallenge;
import dev.burrow.domain.passkey.WebauthnCredential;
import dev.burrow.domain.secret.SecretTokens;
import dev.burrow.domain.session.Session;
import dev.burrow.domain.user.User;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Signing in with a passkey alone: the challenge, and the checks of PostHog's {@code login/complete}. */
record PasskeyLoginService(PasskeyPorts ports, Ceremonies ceremonies) implements PasskeyLoginUseCase,
        PasskeyLoginCheck {

    static final String NO_CHALLENGE = "No login challenge found. Please start login again.";
    static final String NO_USER_HANDLE =
            "No userHandle in response. Make sure you're using a discoverable credential.";
    static final String NO_CREDENTIAL_ID = "No credential ID in response.";
    static final String MISSING_FIELDS = "Invalid response structure. Missing required fields.";
    static final String FAILED = "Authentication failed. Please check your passkey and try again.";
    private static final int KEY_BYTES = 32;

    @Override
    public LoginChallenge begin() {
        String key = SecretTokens.alphanumeric(ports.random(), KEY_BYTES);
        PasskeyChallenge challenge = ceremonies.issue(Session.idOf(key), PasskeyChallenge.Ceremony.LOGIN, null, null);
        return new LoginChallenge(key, new RequestOptions(challenge.challenge(), PasskeyChallenge.TIMEOUT_MILLIS,
                ports.verifier().relyingParty().id(), List.of()));
    }

    @Override
    public Claim claim(String challengeKey, PasskeyAnswer answer) {
        PasskeyChallenge challenge = Optional.ofNullable(challengeKey).filter(key -> !key.isEmpty())
                .flatMap(key -> ceremonies.take(Session.idOf(key), PasskeyChallenge.Ceremony.LOGIN))
                .orElseThrow(() -> PasskeyRefusedException.refused(NO_CHALLENGE));
        if (answer.userHandle() == null) {
            throw PasskeyRefusedException.refused(NO_USER_HANDLE);
        }
        if (answer.rawId() == null) {
            throw PasskeyRefusedException.refused(NO_CREDENTIAL_ID);
        }
        if (answer.authenticatorData() == null || answer.clientDataJson() == null || answer.signature() == null) {
            throw PasskeyRefusedException.refused(MISSING_FIELDS);
        }
        User user = Binary.decode(answer.userHandle()).filter(handle -> handle.length == 16)
                .map(PasskeyLoginService::uuidOf).flatMap(ports.users()::byUuid).filter(User::isActive)
                .orElseThrow(() -> PasskeyRefusedException.refused(FAILED));
        return new Claim(user, challenge, answer);
    }

    @Override
    public User prove(Claim claim) {
        PasskeyAnswer answer = claim.answer();
        byte[] rawId = Binary.decode(answer.rawId()).orElseThrow(PasskeyLoginService::failed);
        WebauthnCredential credential = ports.credentials().byCredentialId(rawId)
                .filter(WebauthnCredential::verified)
                .filter(found -> found.userId().equals(claim.user().id()))
                .orElseThrow(PasskeyLoginService::failed);
        long counter = Assertions.verify(ports, answer, rawId, claim.challenge(), credential)
                .orElseThrow(PasskeyLoginService::failed);
        if (!ports.credentials().advanceCounter(credential.id(), counter)) {
            throw failed();
        }
        return claim.user();
    }

    @Override
    public void proveSecondFactor(Session pending, String credentialId, PasskeyAnswer answer) {
        PasskeyChallenge challenge = ceremonies.take(pending.id(), PasskeyChallenge.Ceremony.SECOND_FACTOR)
                .filter(taken -> pending.userId().equals(taken.userId()))
                .orElseThrow(() -> new InvalidInputException("2fa_no_challenge",
                        "No 2FA challenge found. Please start 2FA again.", null));
        Optional<byte[]> rawId = Binary.decode(credentialId);
        WebauthnCredential credential = rawId.flatMap(ports.credentials()::byCredentialId)
                .filter(WebauthnCredential::verified)
                .filter(found -> found.userId().equals(pending.userId()))
                .orElseThrow(() -> new InvalidInputException("2fa_invalid_passkey", "Invalid passkey.", null));
        InvalidInputException failed = new InvalidInputException("2fa_passkey_failed",
                "Passkey verification failed. Please try again.", null);
        long counter = Assertions.verify(ports, answer, rawId.get(), challenge, credential)
                .orElseThrow(() -> failed);
        if (!ports.credentials().advanceCounter(credential.id(), counter)) {
            throw failed;
        }
    }

    private static PasskeyRefusedException failed() {
        return PasskeyRefusedException.refused(FAILED);
    }

    static UUID uuidOf(byte[] handle) {
        ByteBuffer bytes = ByteBuffer.wrap(Arrays.copyOf(handle, 16));
        return new UUID(bytes.getLong(), bytes.getLong());
    }
}
