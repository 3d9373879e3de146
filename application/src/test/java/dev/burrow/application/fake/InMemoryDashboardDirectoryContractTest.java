package dev.burrow.application.fake;

import dev.burrow.application.contract.DashboardDirectoryContract;

/** The fake passes the same contract as the databases, so tests built on it mean the same thing. */
class InMemoryDashboardDirectoryContractTest extends DashboardDirectoryContract {

    @Override
    protected Persistence newPersistence() {
        return Persistence.inMemory();
    }
}
