package dev.burrow.application.twofactor;

import dev.burrow.domain.failure.InvalidInputException;
import dev.burrow.domain.twofactor.SecondFactorToken;
import dev.burrow.domain.twofactor.TotpDevice;
import dev.burrow.domain.user.UserId;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/** The second factor at login: whether one is due, and whether a code passes. */
record SecondFactorService(TwoFactorPorts ports) implements SecondFactorCheck {

    /** Codes offered per user per minute at login, TOTP and backup codes together, across every instance. */
    static final int ATTEMPTS_PER_MINUTE = 5;

    /** A TOTP device, or passkeys turned on for 2FA with a verified one (PostHog's effective passkeys-for-2FA). */
    @Override
    public boolean isRequired(UserId userId) {
        return ports.devices().of(userId).isPresent()
                || (ports.users().byId(userId).map(TwoFactorStatusService::passkeysTurnedOn).orElse(false)
                        && ports.passkeys().hasVerified(userId));
    }

    /**
     * A TOTP code goes through the device's own cool-down; a backup code is not blocked by it (it is the way back
     * in when the device is lost). Both count against one per-user limit, kept atomically in the shared store.
     */
    @Override
    public void verify(UserId userId, String token) {
        Instant now = ports.clock().instant();
        if (ports.limiter().tryAcquire("second_factor:" + userId, ATTEMPTS_PER_MINUTE, Duration.ofMinutes(1), now)
                .isPresent()) {
            throw tooManyAttempts();
        }
        SecondFactorToken code = SecondFactorToken.of(token);
        if (code.isTotpCode()) {
            Optional<TotpDevice> device = ports.devices().of(userId);
            if (device.isPresent()) {
                if (!device.get().allowsAttemptAt(now)) {
                    throw tooManyAttempts();
                }
                OptionalLong step = device.get().acceptableStep(code.text(), now);
                if (step.isPresent() && ports.devices().acceptStep(userId, step.getAsLong())) {
                    return;
                }
                ports.devices().recordFailure(userId, now);
            }
        } else if (spendBackupCode(userId, code.asBackupCode())) {
            return;
        }
        throw new InvalidInputException("2fa_invalid", "Invalid authentication code", null);
    }

    private static InvalidInputException tooManyAttempts() {
        return new InvalidInputException("2fa_too_many_attempts", "Too many attempts.", null);
    }

    private boolean spendBackupCode(UserId userId, String token) {
        for (BackupCodeRepository.StoredBackupCode code : ports.backupCodes().ofUser(userId)) {
            if (ports.codeHasher().verify(token, code.hash())) {
                return ports.backupCodes().use(userId, code.id());
            }
        }
        return false;
    }
}
