package dev.burrow.application.fake;

import dev.burrow.application.contract.SigningSecretRepositoryContract;

/** The fake passes the same contract as the databases, so tests built on it mean the same thing. */
class InMemorySigningSecretRepositoryContractTest extends SigningSecretRepositoryContract {

    @Override
    protected Persistence newPersistence() {
        return Persistence.inMemory();
    }
}
