package dev.burrow.jdbc.scene;

import dev.burrow.application.contract.ScenePersonalisationRepositoryContract;
import dev.burrow.application.fake.Persistence;
import dev.burrow.jdbc.testing.TestStorage;

/** The ScenePersonalisationRepository contract on H2 in PostgreSQL mode. */
class H2ScenePersonalisationRepositoryContractTest extends ScenePersonalisationRepositoryContract {

    @Override
    protected Persistence newPersistence() {
        return closeAfterwards(TestStorage.h2()).persistence();
    }
}
