package dev.burrow.jdbc.user;

import dev.burrow.application.contract.UserRepositoryContract;
import dev.burrow.application.fake.Persistence;
import dev.burrow.jdbc.testing.TestStorage;

/** The UserRepository contract on a real PostgreSQL. */
class PostgresUserRepositoryContractTest extends UserRepositoryContract {

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
