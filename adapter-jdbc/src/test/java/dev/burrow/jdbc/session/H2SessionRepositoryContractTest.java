package dev.burrow.jdbc.session;

import dev.burrow.application.contract.SessionRepositoryContract;
import dev.burrow.application.fake.Persistence;
import dev.burrow.jdbc.testing.TestStorage;

/** The SessionRepository contract on H2 in PostgreSQL mode. */
class H2SessionRepositoryContractTest extends SessionRepositoryContract {

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
