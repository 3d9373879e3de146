package dev.burrow.application.fake;

import dev.burrow.application.contract.SignalAutonomyRepositoryContract;

/** The fake passes the same contract as the databases, so tests built on it mean the same thing. */
class InMemorySignalAutonomyRepositoryContractTest extends SignalAutonomyRepositoryContract {

    @Override
    protected Persistence newPersistence() {
        return Persistence.inMemory();
    }
}
