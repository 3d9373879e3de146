package dev.burrow.jdbc.github;

import dev.burrow.application.contract.LinkStateRepositoryContract;
import dev.burrow.application.fake.Persistence;
import dev.burrow.jdbc.testing.TestStorage;

/** The LinkStateRepository contract on H2 in PostgreSQL mode. */
class H2LinkStateRepositoryContractTest extends LinkStateRepositoryContract {

    @Override
    protected Persistence newPersistence() {
        return closeAfterwards(TestStorage.h2()).persistence();
    }
}
