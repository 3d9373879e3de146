package dev.burrow.application.fake;

import dev.burrow.application.contract.EmailVerificationRepositoryContract;

/** The fake passes the same contract as the databases, so tests built on it mean the same thing. */
class InMemoryEmailVerificationRepositoryContractTest extends EmailVerificationRepositoryContract {

    @Override
    protected Persistence newPersistence() {
        return Persistence.inMemory();
    }
}
