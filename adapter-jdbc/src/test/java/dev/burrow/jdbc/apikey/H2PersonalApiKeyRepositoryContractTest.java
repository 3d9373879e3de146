package dev.burrow.jdbc.apikey;

import dev.burrow.application.contract.PersonalApiKeyRepositoryContract;
import dev.burrow.application.fake.Persistence;
import dev.burrow.jdbc.testing.TestStorage;

/** The PersonalApiKeyRepository contract on H2 in PostgreSQL mode. */
class H2PersonalApiKeyRepositoryContractTest extends PersonalApiKeyRepositoryContract {

    @Override
    protected Persistence newPersistence() {
        return closeAfterwards(TestStorage.h2()).persistence();
    }
}
