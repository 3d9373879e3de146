package dev.burrow.jdbc.autonomy;

import dev.burrow.application.contract.SignalAutonomyRepositoryContract;
import dev.burrow.application.fake.Persistence;
import dev.burrow.jdbc.testing.TestStorage;

/** The SignalAutonomyRepository contract on H2 in PostgreSQL mode. */
class H2SignalAutonomyRepositoryContractTest extends SignalAutonomyRepositoryContract {

    @Override
    protected Persistence newPersistence() {
        return closeAfterwards(TestStorage.h2()).persistence();
    }
}
