package dev.burrow.jdbc;

import dev.burrow.application.contract.TransactionRunnerContract;
import dev.burrow.application.fake.Persistence;
import dev.burrow.jdbc.testing.TestStorage;

/** The TransactionRunner contract on a real PostgreSQL. */
class PostgresTransactionRunnerContractTest extends TransactionRunnerContract {

    @Override
    protected Persistence newPersistence() {
        return closeAfterwards(TestStorage.postgres()).persistence();
    }
}
