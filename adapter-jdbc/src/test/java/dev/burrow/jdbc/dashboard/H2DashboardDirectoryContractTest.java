package dev.burrow.jdbc.dashboard;

import dev.burrow.application.contract.DashboardDirectoryContract;
import dev.burrow.application.fake.Persistence;
import dev.burrow.jdbc.testing.TestStorage;

/** The DashboardDirectory contract on H2 in PostgreSQL mode. */
class H2DashboardDirectoryContractTest extends DashboardDirectoryContract {

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
