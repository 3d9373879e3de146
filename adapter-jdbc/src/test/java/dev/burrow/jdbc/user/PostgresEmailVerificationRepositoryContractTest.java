package dev.burrow.jdbc.user;

import dev.burrow.application.contract.EmailVerificationRepositoryContract;
import dev.burrow.application.fake.Persistence;
import dev.burrow.jdbc.testing.TestStorage;

/** The EmailVerificationRepository contract on a real PostgreSQL. */
class PostgresEmailVerificationRepositoryContractTest extends EmailVerificationRepositoryContract {

    @Override
    protected Persistence newPersistence() {
        return closeAfterwards(TestStorage.postgres()).persistence();
    }
}
