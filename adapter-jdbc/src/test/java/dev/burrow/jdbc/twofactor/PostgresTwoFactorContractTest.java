package dev.burrow.jdbc.twofactor;

import dev.burrow.application.contract.TwoFactorContract;
import dev.burrow.application.fake.Persistence;
import dev.burrow.jdbc.testing.TestStorage;

/** The TwoFactor contract (TOTP devices, backup codes, setups) on a real PostgreSQL. */
class PostgresTwoFactorContractTest extends TwoFactorContract {

    @Override
    protected Persistence newPersistence() {
        return closeAfterwards(TestStorage.postgres()).persistence();
    }
}
