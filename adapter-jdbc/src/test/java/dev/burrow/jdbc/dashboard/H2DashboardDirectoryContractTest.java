package dev.burrow.jdbc.dashboard;

import dev.burrow.application.contract.DashboardDirectoryContract;
import dev.burrow.application.fake.Persistence;
import dev.burrow.jdbc.testing.TestStorage;

/** The DashboardDirectory contract on H2 in PostgreSQL mode. */
class H2DashboardDirectoryContractTest extends DashboardDirectoryContract {

    @Override
    protected Persistence newPersistence() {
        return closeAfterwards(TestStorage.h2()).persistence();
    }
}
