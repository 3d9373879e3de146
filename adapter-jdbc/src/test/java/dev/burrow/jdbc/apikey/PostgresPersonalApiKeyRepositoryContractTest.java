package dev.burrow.jdbc.apikey;

import dev.burrow.application.contract.PersonalApiKeyRepositoryContract;
import dev.burrow.application.fake.Persistence;
import dev.burrow.jdbc.testing.TestStorage;

/** The PersonalApiKeyRepository contract on a real PostgreSQL. */
class PostgresPersonalApiKeyRepositoryContractTest extends PersonalApiKeyRepositoryContract {

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
