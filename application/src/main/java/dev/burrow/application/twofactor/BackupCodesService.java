package dev.burrow.application.twofactor;

import dev.burrow.application.actor.RecentAuthentication;
import dev.burrow.application.credential.PasswordHasher;
import dev.burrow.application.transaction.TransactionRunner;
import dev.burrow.application.user.UserLookup;
import dev.burrow.domain.failure.InvalidInputException;
import dev.burrow.domain.failure.PermissionDeniedException;
import dev.burrow.domain.twofactor.BackupCodes;
import dev.burrow.domain.user.PasswordHash;
import dev.burrow.domain.user.User;

import java.time.Clock;
import java.util.List;
import java.util.random.RandomGenerator;

final class BackupCodesService implements BackupCodesUseCase {

    /**
     * Staff may see and turn off someone else's 2FA, as in PostHog, but not mint their backup codes: that would
     * hand them a working second factor for the user and void the user's own codes.
     */
    static final String OWN_BACKUP_CODES_ONLY = "Only the user themselves can create their backup codes.";

    private final TotpDeviceRepository devices;
    private final BackupCodeRepository backupCodes;
    private final UserLookup lookup;
    private final PasswordHasher codeHasher;
    private final TransactionRunner transactions;
    private final Clock clock;
    private final RandomGenerator random;

    BackupCodesService(TotpDeviceRepository devices, BackupCodeRepository backupCodes, UserLookup lookup,
                       PasswordHasher codeHasher, TransactionRunner transactions, Clock clock,
                       RandomGenerator random) {
        this.devices = devices;
        this.backupCodes = backupCodes;
        this.lookup = lookup;
        this.codeHasher = codeHasher;
        this.transactions = transactions;
        this.clock = clock;
        this.random = random;
    }

    @Override
    public List<String> regenerate(RegenerateBackupCodesCommand command) {
        RecentAuthentication.require(command.actor(), clock.instant());
        User user = lookup.resolve(command.actor(), command.lookup());
        if (!user.id().equals(command.actor().userId())) {
            throw new PermissionDeniedException(OWN_BACKUP_CODES_ONLY);
        }
        List<String> codes = BackupCodes.generate(random);
        List<PasswordHash> hashes = codes.stream().map(codeHasher::hash).toList();
        transactions.run(() -> {
            // Checked inside the transaction that writes the codes, so a concurrent disable cannot orphan them.
            if (devices.of(user.id()).isEmpty()) {
                throw new InvalidInputException("2fa_not_enabled", "2FA must be enabled first", null);
            }
            backupCodes.replace(user.id(), hashes);
        });
        return codes;
    }
}
