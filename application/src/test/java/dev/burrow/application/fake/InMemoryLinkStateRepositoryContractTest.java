package dev.burrow.application.fake;

import dev.burrow.application.contract.LinkStateRepositoryContract;

/** The fake passes the same contract as the databases, so tests built on it mean the same thing. */
class InMemoryLinkStateRepositoryContractTest extends LinkStateRepositoryContract {

    @Override
    protected Persistence newPersistence() {
        return Persistence.inMemory();
    }
}
