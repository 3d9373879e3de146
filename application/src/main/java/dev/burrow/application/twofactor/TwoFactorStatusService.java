package dev.burrow.application.twofactor;

import dev.burrow.application.user.UserLookup;
import dev.burrow.domain.twofactor.TwoFactorStatus;
import dev.burrow.domain.user.User;

final class TwoFactorStatusService implements TwoFactorStatusUseCase {

    private final TotpDeviceRepository devices;
    private final BackupCodeRepository backupCodes;
    private final UserLookup lookup;

    TwoFactorStatusService(TotpDeviceRepository devices, BackupCodeRepository backupCodes, UserLookup lookup) {
        this.devices = devices;
        this.backupCodes = backupCodes;
        this.lookup = lookup;
    }

    @Override
    public TwoFactorStatus status(TwoFactorStatusQuery query) {
        User user = lookup.resolve(query.actor(), query.lookup());
        return TwoFactorStatus.of(devices.of(user.id()).isPresent(), () -> backupCodes.countOf(user.id()));
    }
}
