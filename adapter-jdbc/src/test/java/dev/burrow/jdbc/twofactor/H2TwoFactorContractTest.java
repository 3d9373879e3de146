package dev.burrow.jdbc.twofactor;

import dev.burrow.application.contract.TwoFactorContract;
import dev.burrow.application.fake.Persistence;
import dev.burrow.jdbc.testing.TestStorage;

/** The TwoFactor contract (TOTP devices, backup codes, setups) on H2 in PostgreSQL mode. */
class H2TwoFactorContractTest extends TwoFactorContract {

    private TestStorage storage;

    @Override
    protected Persistence newPersistence() {
        storage = TestStorage.h2();
        return storage.persistence();
    }

    @Override
    protected void closePersistence() {
        storage.close();
    }
}
