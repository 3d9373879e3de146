package dev.burrow.application.twofactor;

import dev.burrow.domain.twofactor.TotpSecret;
import dev.burrow.domain.twofactor.TwoFactorSetup;

import java.time.Clock;
import java.util.random.RandomGenerator;

final class StartTwoFactorSetupService implements StartTwoFactorSetupUseCase {

    private final TwoFactorSetupRepository setups;
    private final Clock clock;
    private final RandomGenerator random;

    StartTwoFactorSetupService(TwoFactorSetupRepository setups, Clock clock, RandomGenerator random) {
        this.setups = setups;
        this.clock = clock;
        this.random = random;
    }

    @Override
    public TotpSecret start(StartTwoFactorSetupCommand command) {
        TotpSecret secret = TotpSecret.generate(random);
        setups.save(new TwoFactorSetup(SetupSessions.sessionOf(command.actor()), command.actor().userId(), secret,
                clock.instant()));
        return secret;
    }
}
