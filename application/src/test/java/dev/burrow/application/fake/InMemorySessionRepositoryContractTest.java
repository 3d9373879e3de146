package dev.burrow.application.fake;

import dev.burrow.application.contract.SessionRepositoryContract;

/** The fake passes the same contract as the databases, so tests built on it mean the same thing. */
class InMemorySessionRepositoryContractTest extends SessionRepositoryContract {

    @Override
    protected Persistence newPersistence() {
        return Persistence.inMemory();
    }
}
