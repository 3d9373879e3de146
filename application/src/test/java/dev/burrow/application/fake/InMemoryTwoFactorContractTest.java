package dev.burrow.application.fake;

import dev.burrow.application.contract.TwoFactorContract;

/** The fake passes the same contract as the databases, so tests built on it mean the same thing. */
class InMemoryTwoFactorContractTest extends TwoFactorContract {

    @Override
    protected Persistence newPersistence() {
        return Persistence.inMemory();
    }
}
