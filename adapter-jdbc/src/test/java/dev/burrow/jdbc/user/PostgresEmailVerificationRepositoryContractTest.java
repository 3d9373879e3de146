package dev.burrow.jdbc.user;

import dev.burrow.application.contract.EmailVerificationRepositoryContract;
import dev.burrow.application.fake.Persistence;
import dev.burrow.jdbc.testing.TestStorage;

/** The EmailVerificationRepository contract on a real PostgreSQL. */
class PostgresEmailVerificationRepositoryContractTest extends EmailVerificationRepositoryContract {

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
