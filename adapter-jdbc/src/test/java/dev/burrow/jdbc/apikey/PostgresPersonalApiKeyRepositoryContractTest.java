package dev.burrow.jdbc.apikey;

import dev.burrow.application.contract.PersonalApiKeyRepositoryContract;
import dev.burrow.application.fake.Persistence;
import dev.burrow.jdbc.testing.TestStorage;

/** The PersonalApiKeyRepository contract on a real PostgreSQL. */
class PostgresPersonalApiKeyRepositoryContractTest extends PersonalApiKeyRepositoryContract {

    @Override
    protected Persistence newPersistence() {
        return closeAfterwards(TestStorage.postgres()).persistence();
    }
}
