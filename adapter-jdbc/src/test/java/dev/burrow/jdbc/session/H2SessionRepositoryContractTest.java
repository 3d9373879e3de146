package dev.burrow.jdbc.session;

import dev.burrow.application.contract.SessionRepositoryContract;
import dev.burrow.application.fake.Persistence;
import dev.burrow.jdbc.testing.TestStorage;

/** The SessionRepository contract on H2 in PostgreSQL mode. */
class H2SessionRepositoryContractTest extends SessionRepositoryContract {

    @Override
    protected Persistence newPersistence() {
        return closeAfterwards(TestStorage.h2()).persistence();
    }
}
