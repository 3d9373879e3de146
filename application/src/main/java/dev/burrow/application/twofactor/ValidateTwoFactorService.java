package dev.burrow.application.twofactor;

import dev.burrow.application.actor.Actor;
import dev.burrow.application.actor.RecentAuthentication;
import dev.burrow.application.session.SessionRepository;
import dev.burrow.application.transaction.TransactionRunner;
import dev.burrow.application.user.UserRepository;
import dev.burrow.domain.failure.InvalidInputException;
import dev.burrow.domain.twofactor.TotpDevice;
import dev.burrow.domain.twofactor.TwoFactorSetup;

import java.time.Clock;
import java.time.Instant;
import java.util.OptionalLong;

final class ValidateTwoFactorService implements ValidateTwoFactorUseCase {

    private final SetupSessions pending;
    private final TwoFactorSetupRepository setups;
    private final TotpDeviceRepository devices;
    private final BackupCodeRepository backupCodes;
    private final SessionRepository sessions;
    private final UserRepository users;
    private final TransactionRunner transactions;
    private final Clock clock;

    ValidateTwoFactorService(SetupSessions pending, TwoFactorSetupRepository setups, TotpDeviceRepository devices,
                             BackupCodeRepository backupCodes, SessionRepository sessions, UserRepository users,
                             TransactionRunner transactions, Clock clock) {
        this.pending = pending;
        this.setups = setups;
        this.devices = devices;
        this.backupCodes = backupCodes;
        this.sessions = sessions;
        this.users = users;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void validate(ValidateTwoFactorCommand command) {
        Actor actor = command.actor();
        Instant now = clock.instant();
        RecentAuthentication.require(actor, now);
        String sessionId = SetupSessions.sessionOf(actor);
        TwoFactorSetup setup = pending.livePendingSetup(actor).orElseThrow(() -> new InvalidInputException(
                "setup_expired", "2FA setup session expired. Please start setup again.", null));
        if (command.token() == null) {
            throw new InvalidInputException("required", "This field is required.", "token");
        }
        OptionalLong step = setup.confirmingStep(command.token(), now);
        if (step.isEmpty()) {
            throw new InvalidInputException("token_invalid", "Token is not valid", null);
        }
        transactions.run(() -> {
            // The user's lock, as logins take it: none can open a session without the second factor past this.
            users.lockedById(actor.userId());
            devices.save(TotpDevice.confirmed(actor.userId(), setup.secret(), step.getAsLong(), now));
            // Codes left from an earlier device must not come back to life with this one.
            backupCodes.deleteAll(actor.userId());
            setups.delete(sessionId);
            sessions.deleteAllOf(actor.userId(), sessionId);
        });
    }
}
