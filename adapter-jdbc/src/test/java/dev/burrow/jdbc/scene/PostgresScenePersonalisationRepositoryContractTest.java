package dev.burrow.jdbc.scene;

import dev.burrow.application.contract.ScenePersonalisationRepositoryContract;
import dev.burrow.application.fake.Persistence;
import dev.burrow.jdbc.testing.TestStorage;

/** The ScenePersonalisationRepository contract on a real PostgreSQL. */
class PostgresScenePersonalisationRepositoryContractTest extends ScenePersonalisationRepositoryContract {

    @Override
    protected Persistence newPersistence() {
        return closeAfterwards(TestStorage.postgres()).persistence();
    }
}
