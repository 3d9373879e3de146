package dev.burrow.application.twofactor;

import dev.burrow.domain.twofactor.TotpSecret;
import dev.burrow.domain.twofactor.TwoFactorSetup;

record StartTwoFactorSetupService(TwoFactorPorts ports) implements StartTwoFactorSetupUseCase {

    @Override
    public TotpSecret start(StartTwoFactorSetupCommand command) {
        TotpSecret secret = TotpSecret.generate(ports.random());
        ports.setups().save(new TwoFactorSetup(SetupSessions.sessionOf(command.actor()), command.actor().userId(),
                secret, ports.clock().instant()));
        return secret;
    }
}
