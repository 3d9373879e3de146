package dev.burrow.application.twofactor;

import dev.burrow.domain.twofactor.TwoFactorStatus;
import dev.burrow.domain.user.User;

record TwoFactorStatusService(TwoFactorPorts ports) implements TwoFactorStatusUseCase {

    @Override
    public TwoFactorStatus status(TwoFactorStatusQuery query) {
        User user = ports.lookup().resolve(query.actor(), query.lookup());
        return TwoFactorStatus.of(ports.devices().of(user.id()).isPresent(),
                () -> ports.backupCodes().countOf(user.id()));
    }
}
