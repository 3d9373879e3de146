package dev.burrow.application.passkey;

import dev.burrow.domain.failure.InvalidInputException;
import dev.burrow.domain.failure.ThrottledException;
import dev.burrow.domain.passkey.WebauthnCredential;
import dev.burrow.domain.user.EmailAddress;
import dev.burrow.domain.user.User;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The precheck: an unknown address looks like one with a password and no passkeys, so the answer tells a stranger
 * no more than PostHog's does.
 */
record LoginPrecheckService(PasskeyPorts ports) implements LoginPrecheckUseCase {

    /** PostHog's LoginPrecheckThrottle: 30 a minute per client address. */
    static final int PRECHECKS_PER_MINUTE = 30;

    @Override
    public Precheck precheck(String email, String callerEmail, String clientAddress) {
        if (email == null) {
            throw InvalidInputException.required("email");
        }
        if (email.isBlank()) {
            throw new InvalidInputException("blank", "This field may not be blank.", "email");
        }
        EmailAddress address = EmailAddress.of(email.strip());
        if (callerEmail == null || !address.isSameAs(callerEmail)) {
            throttle(clientAddress);
        }
        Optional<User> user = ports.users().byEmail(address).filter(User::isActive);
        if (user.isEmpty()) {
            return new Precheck(List.of(), true);
        }
        List<CredentialDescriptor> passkeys = ports.credentials().ofUser(user.get().id()).stream()
                .filter(WebauthnCredential::verified).map(CredentialDescriptor::of).toList();
        return new Precheck(passkeys, user.get().hasUsablePassword());
    }

    private void throttle(String clientAddress) {
        Optional<Duration> wait = ports.limiter().tryAcquire("login_precheck:" + clientAddress,
                PRECHECKS_PER_MINUTE, Duration.ofMinutes(1), ports.clock().instant());
        if (wait.isPresent()) {
            throw new ThrottledException(Math.max(1, (wait.get().toMillis() + 999) / 1000));
        }
    }
}
