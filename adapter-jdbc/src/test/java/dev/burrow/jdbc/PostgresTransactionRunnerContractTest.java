package dev.burrow.jdbc;

import dev.burrow.application.contract.TransactionRunnerContract;
import dev.burrow.application.fake.Persistence;
import dev.burrow.jdbc.testing.TestStorage;

/** The TransactionRunner contract on a real PostgreSQL. */
class PostgresTransactionRunnerContractTest extends TransactionRunnerContract {

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
