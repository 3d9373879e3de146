package dev.burrow.jdbc.github;

import dev.burrow.application.contract.LinkStateRepositoryContract;
import dev.burrow.application.fake.Persistence;
import dev.burrow.jdbc.testing.TestStorage;

/** The LinkStateRepository contract on H2 in PostgreSQL mode. */
class H2LinkStateRepositoryContractTest extends LinkStateRepositoryContract {

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
