package dev.burrow.jdbc.scene;

import dev.burrow.application.contract.ScenePersonalisationRepositoryContract;
import dev.burrow.application.fake.Persistence;
import dev.burrow.jdbc.testing.TestStorage;

/** The ScenePersonalisationRepository contract on H2 in PostgreSQL mode. */
class H2ScenePersonalisationRepositoryContractTest extends ScenePersonalisationRepositoryContract {

    private TestStorage storage;

    @Override
    protected Persistence newPersistence() {
        storage = TestStorage.h2();
        return storage.persistence();
    }

    @Override
    protected void closePersistence() {
        storage.close();
    }
}
