package dev.burrow.jdbc.autonomy;

import dev.burrow.application.contract.SignalAutonomyRepositoryContract;
import dev.burrow.application.fake.Persistence;
import dev.burrow.jdbc.testing.TestStorage;

/** The SignalAutonomyRepository contract on H2 in PostgreSQL mode. */
class H2SignalAutonomyRepositoryContractTest extends SignalAutonomyRepositoryContract {

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
