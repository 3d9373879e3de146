package dev.burrow.application.twofactor;

import dev.burrow.application.credential.DjangoPasswordHasher;
import dev.burrow.application.session.SessionRepository;
import dev.burrow.application.throttle.RateLimiter;
import dev.burrow.application.throttle.SensitiveActions;
import dev.burrow.application.transaction.TransactionRunner;
import dev.burrow.application.user.PasskeyDirectory;
import dev.burrow.application.user.UserLookup;
import dev.burrow.application.user.UserRepository;

import java.time.Clock;
import java.util.random.RandomGenerator;

/**
 * Builds the two-factor use cases: one per action, as in the user slice. Setup and validation act on the caller's
 * own session whatever user the URL names, as in PostHog; the others follow the usual {@code @me}/staff lookup.
 */
public final class TwoFactorUseCases {

    /**
     * Backup codes carry 40 random bits; a salted PBKDF2 keeps a stolen table from giving them away quickly, while
     * checking all ten at login stays in the tens of milliseconds.
     */
    static final int BACKUP_CODE_ITERATIONS = 20_000;

    private final StartTwoFactorSetupUseCase startSetup;
    private final TwoFactorSetupUriUseCase setupUri;
    private final ValidateTwoFactorUseCase validate;
    private final TwoFactorStatusUseCase status;
    private final BackupCodesUseCase backupCodes;
    private final DisableTwoFactorUseCase disable;
    private final SecondFactorCheck secondFactorCheck;

    private TwoFactorUseCases(StartTwoFactorSetupUseCase startSetup, TwoFactorSetupUriUseCase setupUri,
                              ValidateTwoFactorUseCase validate, TwoFactorStatusUseCase status,
                              BackupCodesUseCase backupCodes, DisableTwoFactorUseCase disable,
                              SecondFactorCheck secondFactorCheck) {
        this.startSetup = startSetup;
        this.setupUri = setupUri;
        this.validate = validate;
        this.status = status;
        this.backupCodes = backupCodes;
        this.disable = disable;
        this.secondFactorCheck = secondFactorCheck;
    }

    public static TwoFactorUseCases create(TotpDeviceRepository devices, BackupCodeRepository backupCodes,
                                           TwoFactorSetupRepository setups, SessionRepository sessions,
                                           UserRepository users, TransactionRunner transactions,
                                           RateLimiter limiter, Clock clock, RandomGenerator random,
                                           PasskeyDirectory passkeys) {
        TwoFactorPorts ports = new TwoFactorPorts(devices, backupCodes, setups, sessions, users, new UserLookup(users),
                new DjangoPasswordHasher(BACKUP_CODE_ITERATIONS, random), limiter, new SensitiveActions(limiter, clock),
                transactions, clock, random, passkeys);
        return new TwoFactorUseCases(new StartTwoFactorSetupService(ports), new TwoFactorSetupUriService(ports),
                new ValidateTwoFactorService(ports), new TwoFactorStatusService(ports), new BackupCodesService(ports),
                new DisableTwoFactorService(ports), new SecondFactorService(ports));
    }

    public StartTwoFactorSetupUseCase startSetup() {
        return startSetup;
    }

    public TwoFactorSetupUriUseCase setupUri() {
        return setupUri;
    }

    public ValidateTwoFactorUseCase validate() {
        return validate;
    }

    public TwoFactorStatusUseCase status() {
        return status;
    }

    public BackupCodesUseCase backupCodes() {
        return backupCodes;
    }

    public DisableTwoFactorUseCase disable() {
        return disable;
    }

    public SecondFactorCheck secondFactorCheck() {
        return secondFactorCheck;
    }
}
