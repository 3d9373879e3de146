package dev.burrow.jdbc;

import dev.burrow.application.contract.TransactionRunnerContract;
import dev.burrow.application.fake.Persistence;
import dev.burrow.jdbc.testing.TestStorage;

/** The TransactionRunner contract on H2 in PostgreSQL mode. */
class H2TransactionRunnerContractTest extends TransactionRunnerContract {

    @Override
    protected Persistence newPersistence() {
        return closeAfterwards(TestStorage.h2()).persistence();
    }
}
