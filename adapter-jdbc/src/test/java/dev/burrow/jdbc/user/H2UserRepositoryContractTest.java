package dev.burrow.jdbc.user;

import dev.burrow.application.contract.UserRepositoryContract;
import dev.burrow.application.fake.Persistence;
import dev.burrow.jdbc.testing.TestStorage;

/** The UserRepository contract on H2 in PostgreSQL mode. */
class H2UserRepositoryContractTest extends UserRepositoryContract {

    @Override
    protected Persistence newPersistence() {
        return closeAfterwards(TestStorage.h2()).persistence();
    }
}
