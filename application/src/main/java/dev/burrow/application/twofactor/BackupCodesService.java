package dev.burrow.application.twofactor;

import dev.burrow.domain.failure.InvalidInputException;
import dev.burrow.domain.failure.PermissionDeniedException;
import dev.burrow.domain.twofactor.BackupCodes;
import dev.burrow.domain.user.PasswordHash;
import dev.burrow.domain.user.User;

import java.util.List;

record BackupCodesService(TwoFactorPorts ports) implements BackupCodesUseCase {

    /**
     * Staff may see and turn off someone else's 2FA, as in PostHog, but not mint their backup codes: that would
     * hand them a working second factor for the user and void the user's own codes.
     */
    static final String OWN_BACKUP_CODES_ONLY = "Only the user themselves can create their backup codes.";

    @Override
    public List<String> regenerate(RegenerateBackupCodesCommand command) {
        ports.sensitive().guard(command.actor(), true, command.currentPasswordSent());
        User user = ports.lookup().resolve(command.actor(), command.lookup());
        if (!user.id().equals(command.actor().userId())) {
            throw new PermissionDeniedException(OWN_BACKUP_CODES_ONLY);
        }
        List<String> codes = BackupCodes.generate(ports.random());
        List<PasswordHash> hashes = codes.stream().map(ports.codeHasher()::hash).toList();
        ports.transactions().run(() -> {
            // Checked inside the transaction that writes the codes, so a concurrent disable cannot orphan them.
            if (ports.devices().of(user.id()).isEmpty()) {
                throw new InvalidInputException("2fa_not_enabled", "2FA must be enabled first", null);
            }
            ports.backupCodes().replace(user.id(), hashes);
        });
        return codes;
    }
}
