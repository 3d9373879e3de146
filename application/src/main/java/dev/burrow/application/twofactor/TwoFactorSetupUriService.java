package dev.burrow.application.twofactor;

import dev.burrow.application.user.UserLookup;
import dev.burrow.domain.failure.NotFoundException;
import dev.burrow.domain.twofactor.TotpSecret;
import dev.burrow.domain.twofactor.TwoFactorSetup;

final class TwoFactorSetupUriService implements TwoFactorSetupUriUseCase {

    private final SetupSessions setups;
    private final UserLookup lookup;

    TwoFactorSetupUriService(SetupSessions setups, UserLookup lookup) {
        this.setups = setups;
        this.lookup = lookup;
    }

    @Override
    public String setupUri(TwoFactorSetupUriQuery query) {
        TotpSecret secret = setups.livePendingSetup(query.actor()).map(TwoFactorSetup::secret)
                .orElseThrow(NotFoundException::new);
        return secret.provisioningUri(query.issuer(), lookup.resolve(query.actor(), UserLookup.ME).email().value());
    }
}
