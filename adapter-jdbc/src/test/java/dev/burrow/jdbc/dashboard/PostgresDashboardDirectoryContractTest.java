package dev.burrow.jdbc.dashboard;

import dev.burrow.application.contract.DashboardDirectoryContract;
import dev.burrow.application.fake.Persistence;
import dev.burrow.jdbc.testing.TestStorage;

/** The DashboardDirectory contract on a real PostgreSQL. */
class PostgresDashboardDirectoryContractTest extends DashboardDirectoryContract {

    @Override
    protected Persistence newPersistence() {
        return closeAfterwards(TestStorage.postgres()).persistence();
    }
}
