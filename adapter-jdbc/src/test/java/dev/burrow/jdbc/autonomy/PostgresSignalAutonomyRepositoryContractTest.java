package dev.burrow.jdbc.autonomy;

import dev.burrow.application.contract.SignalAutonomyRepositoryContract;
import dev.burrow.application.fake.Persistence;
import dev.burrow.jdbc.testing.TestStorage;

/** The SignalAutonomyRepository contract on a real PostgreSQL. */
class PostgresSignalAutonomyRepositoryContractTest extends SignalAutonomyRepositoryContract {

    @Override
    protected Persistence newPersistence() {
        return closeAfterwards(TestStorage.postgres()).persistence();
    }
}
