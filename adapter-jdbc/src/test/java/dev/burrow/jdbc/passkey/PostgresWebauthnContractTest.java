package dev.burrow.jdbc.passkey;

import dev.burrow.application.contract.WebauthnContract;
import dev.burrow.application.fake.Persistence;
import dev.burrow.jdbc.testing.TestStorage;

/** The passkey stores' contract on a real PostgreSQL. */
class PostgresWebauthnContractTest extends WebauthnContract {

    @Override
    protected Persistence newPersistence() {
        return closeAfterwards(TestStorage.postgres()).persistence();
    }
}
