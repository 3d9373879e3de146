package dev.burrow.jdbc.session;

import dev.burrow.application.contract.SessionRepositoryContract;
import dev.burrow.application.fake.Persistence;
import dev.burrow.jdbc.testing.TestStorage;

/** The SessionRepository contract on a real PostgreSQL. */
class PostgresSessionRepositoryContractTest extends SessionRepositoryContract {

    @Override
    protected Persistence newPersistence() {
        return closeAfterwards(TestStorage.postgres()).persistence();
    }
}
