package dev.burrow.jdbc.github;

import dev.burrow.application.contract.LinkStateRepositoryContract;
import dev.burrow.application.fake.Persistence;
import dev.burrow.jdbc.testing.TestStorage;

/** The LinkStateRepository contract on a real PostgreSQL. */
class PostgresLinkStateRepositoryContractTest extends LinkStateRepositoryContract {

    @Override
    protected Persistence newPersistence() {
        return closeAfterwards(TestStorage.postgres()).persistence();
    }
}
