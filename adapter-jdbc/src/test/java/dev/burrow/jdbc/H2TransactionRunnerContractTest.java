package dev.burrow.jdbc;

import dev.burrow.application.contract.TransactionRunnerContract;
import dev.burrow.application.fake.Persistence;
import dev.burrow.jdbc.testing.TestStorage;

/** The TransactionRunner contract on H2 in PostgreSQL mode. */
class H2TransactionRunnerContractTest extends TransactionRunnerContract {

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
