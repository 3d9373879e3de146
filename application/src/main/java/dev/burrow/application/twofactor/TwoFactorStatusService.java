package dev.burrow.application.twofactor;

import dev.burrow.domain.twofactor.TwoFactorStatus;
import dev.burrow.domain.user.User;

final class TwoFactorStatusService implements TwoFactorStatusUseCase {

    private final TwoFactorPorts ports;

    TwoFactorStatusService(TwoFactorPorts ports) {
        this.ports = ports;
    }

    @Override
    public TwoFactorStatus status(TwoFactorStatusQuery query) {
        User user = ports.lookup().resolve(query.actor(), query.lookup());
        return TwoFactorStatus.of(ports.devices().of(user.id()).isPresent(),
                () -> ports.backupCodes().countOf(user.id()));
    }
}
