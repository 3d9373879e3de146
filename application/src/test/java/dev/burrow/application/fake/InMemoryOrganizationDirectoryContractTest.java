package dev.burrow.application.fake;

import dev.burrow.application.contract.OrganizationDirectoryContract;

/** The fake passes the same contract as the databases, so tests built on it mean the same thing. */
class InMemoryOrganizationDirectoryContractTest extends OrganizationDirectoryContract {

    @Override
    protected Persistence newPersistence() {
        return Persistence.inMemory();
    }
}
