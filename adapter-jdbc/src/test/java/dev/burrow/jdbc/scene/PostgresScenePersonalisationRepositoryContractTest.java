package dev.burrow.jdbc.scene;

import dev.burrow.application.contract.ScenePersonalisationRepositoryContract;
import dev.burrow.application.fake.Persistence;
import dev.burrow.jdbc.testing.TestStorage;

/** The ScenePersonalisationRepository contract on a real PostgreSQL. */
class PostgresScenePersonalisationRepositoryContractTest extends ScenePersonalisationRepositoryContract {

    private TestStorage storage;

    @Override
    protected Persistence newPersistence() {
        storage = TestStorage.postgres();
        return storage.persistence();
    }

    @Override
    protected void closePersistence() {
        storage.close();
    }
}
