package dev.burrow.application.twofactor;

import dev.burrow.domain.twofactor.TwoFactorStatus;
import dev.burrow.domain.user.User;

record TwoFactorStatusService(TwoFactorPorts ports) implements TwoFactorStatusUseCase {

    @Override
    public TwoFactorStatus status(TwoFactorStatusQuery query) {
        User user = ports.lookup().resolve(query.actor(), query.lookup());
        boolean hasPasskeys = ports.passkeys().hasVerified(user.id());
        return TwoFactorStatus.of(ports.devices().of(user.id()).isPresent(), hasPasskeys,
                hasPasskeys && passkeysTurnedOn(user), () -> ports.backupCodes().countOf(user.id()));
    }

    /** Whether the user turned passkeys on as their second factor (they count only with a verified one). */
    static boolean passkeysTurnedOn(User user) {
        return Boolean.TRUE.equals(user.preferences().passkeysEnabledFor2fa());
    }
}
