package dev.burrow.application.fake;

import dev.burrow.application.contract.ScenePersonalisationRepositoryContract;

/** The fake passes the same contract as the databases, so tests built on it mean the same thing. */
class InMemoryScenePersonalisationRepositoryContractTest extends ScenePersonalisationRepositoryContract {

    @Override
    protected Persistence newPersistence() {
        return Persistence.inMemory();
    }
}
