package dev.burrow.application.fake;

import dev.burrow.application.contract.TeamInstallationDirectoryContract;

/** The fake passes the same contract as the databases, so tests built on it mean the same thing. */
class InMemoryTeamInstallationDirectoryContractTest extends TeamInstallationDirectoryContract {

    @Override
    protected Persistence newPersistence() {
        return Persistence.inMemory();
    }
}
