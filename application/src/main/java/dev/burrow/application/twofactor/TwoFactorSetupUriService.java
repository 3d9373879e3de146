package dev.burrow.application.twofactor;

import dev.burrow.application.user.UserLookup;
import dev.burrow.domain.failure.NotFoundException;
import dev.burrow.domain.twofactor.TotpSecret;
import dev.burrow.domain.twofactor.TwoFactorSetup;

record TwoFactorSetupUriService(TwoFactorPorts ports) implements TwoFactorSetupUriUseCase {

    @Override
    public String setupUri(TwoFactorSetupUriQuery query) {
        TotpSecret secret = SetupSessions.livePendingSetup(ports, query.actor()).map(TwoFactorSetup::secret)
                .orElseThrow(NotFoundException::new);
        String account = ports.lookup().resolve(query.actor(), UserLookup.ME).email().value();
        return secret.provisioningUri(query.issuer(), account);
    }
}
