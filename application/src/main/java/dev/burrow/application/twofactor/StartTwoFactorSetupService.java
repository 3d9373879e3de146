package dev.burrow.application.twofactor;

import dev.burrow.domain.twofactor.TotpSecret;
import dev.burrow.domain.twofactor.TwoFactorSetup;

final class StartTwoFactorSetupService implements StartTwoFactorSetupUseCase {

    private final TwoFactorPorts ports;

    StartTwoFactorSetupService(TwoFactorPorts ports) {
        this.ports = ports;
    }

    @Override
    public TotpSecret start(StartTwoFactorSetupCommand command) {
        TotpSecret secret = TotpSecret.generate(ports.random());
        ports.setups().save(new TwoFactorSetup(SetupSessions.sessionOf(command.actor()), command.actor().userId(),
                secret, ports.clock().instant()));
        return secret;
    }
}
