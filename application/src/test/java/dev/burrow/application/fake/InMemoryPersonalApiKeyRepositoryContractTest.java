package dev.burrow.application.fake;

import dev.burrow.application.contract.PersonalApiKeyRepositoryContract;

/** The fake passes the same contract as the databases, so tests built on it mean the same thing. */
class InMemoryPersonalApiKeyRepositoryContractTest extends PersonalApiKeyRepositoryContract {

    @Override
    protected Persistence newPersistence() {
        return Persistence.inMemory();
    }
}
