package dev.burrow.application.twofactor;

import dev.burrow.application.credential.DjangoPasswordHasher;
import dev.burrow.application.session.SessionRepository;
import dev.burrow.application.throttle.RateLimiter;
import dev.burrow.application.transaction.TransactionRunner;
import dev.burrow.application.user.UserRepository;

import java.time.Clock;
import java.util.random.RandomGenerator;

/** Builds the two-factor use cases. */
public final class TwoFactorUseCases {

    /**
     * Backup codes carry 40 random bits; a salted PBKDF2 keeps a stolen table from giving them away quickly, while
     * checking all ten at login stays in the tens of milliseconds.
     */
    static final int BACKUP_CODE_ITERATIONS = 20_000;

    private final TwoFactorService service;

    private TwoFactorUseCases(TwoFactorService service) {
        this.service = service;
    }

    public static TwoFactorUseCases create(TotpDeviceRepository devices, BackupCodeRepository backupCodes,
                                           TwoFactorSetupRepository setups, SessionRepository sessions,
                                           UserRepository users, TransactionRunner transactions,
                                           RateLimiter limiter, Clock clock, RandomGenerator random) {
        return new TwoFactorUseCases(new TwoFactorService(devices, backupCodes, setups, sessions, users,
                new DjangoPasswordHasher(BACKUP_CODE_ITERATIONS, random), transactions,
                limiter, clock, random));
    }

    public TwoFactorUseCase twoFactor() {
        return service;
    }

    public SecondFactorCheck secondFactorCheck() {
        return service;
    }
}
