package dev.burrow.application.twofactor;

import dev.burrow.application.actor.RecentAuthentication;
import dev.burrow.application.transaction.TransactionRunner;
import dev.burrow.application.user.UserLookup;
import dev.burrow.domain.user.User;

import java.time.Clock;

final class DisableTwoFactorService implements DisableTwoFactorUseCase {

    private final TotpDeviceRepository devices;
    private final BackupCodeRepository backupCodes;
    private final UserLookup lookup;
    private final TransactionRunner transactions;
    private final Clock clock;

    DisableTwoFactorService(TotpDeviceRepository devices, BackupCodeRepository backupCodes, UserLookup lookup,
                            TransactionRunner transactions, Clock clock) {
        this.devices = devices;
        this.backupCodes = backupCodes;
        this.lookup = lookup;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void disable(DisableTwoFactorCommand command) {
        RecentAuthentication.require(command.actor(), clock.instant());
        User user = lookup.resolve(command.actor(), command.lookup());
        transactions.run(() -> {
            devices.delete(user.id());
            backupCodes.deleteAll(user.id());
        });
    }
}
