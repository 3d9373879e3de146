package dev.burrow.jdbc.passkey;

import dev.burrow.application.contract.WebauthnContract;
import dev.burrow.application.fake.Persistence;
import dev.burrow.jdbc.testing.TestStorage;

/** The passkey stores' contract on H2 in PostgreSQL mode. */
class H2WebauthnContractTest extends WebauthnContract {

    @Override
    protected Persistence newPersistence() {
        return closeAfterwards(TestStorage.h2()).persistence();
    }
}
