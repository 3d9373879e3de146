package dev.burrow.jdbc.user;

import dev.burrow.application.contract.UserRepositoryContract;
import dev.burrow.application.fake.Persistence;
import dev.burrow.jdbc.testing.TestStorage;

/** The UserRepository contract on a real PostgreSQL. */
class PostgresUserRepositoryContractTest extends UserRepositoryContract {

    @Override
    protected Persistence newPersistence() {
        return closeAfterwards(TestStorage.postgres()).persistence();
    }
}
