package dev.burrow.jdbc.twofactor;

import dev.burrow.application.contract.TwoFactorContract;
import dev.burrow.application.fake.Persistence;
import dev.burrow.jdbc.testing.TestStorage;

/** The TwoFactor contract (TOTP devices, backup codes, setups) on a real PostgreSQL. */
class PostgresTwoFactorContractTest extends TwoFactorContract {

    private TestStorage storage;

    @Override
    protected Persistence newPersistence() {
        storage = TestStorage.postgres();
        return storage.persistence();
    }

    @Override
    protected void closePersistence() {
        storage.close();
    }
}
