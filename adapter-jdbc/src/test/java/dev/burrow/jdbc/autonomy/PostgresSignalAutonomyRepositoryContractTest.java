package dev.burrow.jdbc.autonomy;

import dev.burrow.application.contract.SignalAutonomyRepositoryContract;
import dev.burrow.application.fake.Persistence;
import dev.burrow.jdbc.testing.TestStorage;

/** The SignalAutonomyRepository contract on a real PostgreSQL. */
class PostgresSignalAutonomyRepositoryContractTest extends SignalAutonomyRepositoryContract {

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
