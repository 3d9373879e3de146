package dev.burrow.application.fake;

import dev.burrow.application.contract.TransactionRunnerContract;

/** The fake passes the same contract as the databases, so tests built on it mean the same thing. */
class InMemoryTransactionRunnerContractTest extends TransactionRunnerContract {

    @Override
    protected Persistence newPersistence() {
        return Persistence.inMemory();
    }
}
