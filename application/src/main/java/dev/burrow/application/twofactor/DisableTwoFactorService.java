package dev.burrow.application.twofactor;

import dev.burrow.domain.user.User;

record DisableTwoFactorService(TwoFactorPorts ports) implements DisableTwoFactorUseCase {

    @Override
    public void disable(DisableTwoFactorCommand command) {
        ports.sensitive().guard(command.actor(), true, command.currentPasswordSent());
        User user = ports.lookup().resolve(command.actor(), command.lookup());
        ports.transactions().run(() -> {
            ports.devices().delete(user.id());
            ports.backupCodes().deleteAll(user.id());
        });
    }
}
