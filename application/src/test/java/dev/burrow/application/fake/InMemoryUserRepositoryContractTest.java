package dev.burrow.application.fake;

import dev.burrow.application.contract.UserRepositoryContract;

/** The fake passes the same contract as the databases, so tests built on it mean the same thing. */
class InMemoryUserRepositoryContractTest extends UserRepositoryContract {

    @Override
    protected Persistence newPersistence() {
        return Persistence.inMemory();
    }
}
