package dev.burrow.jdbc.reset;

import dev.burrow.application.contract.SigningSecretRepositoryContract;
import dev.burrow.application.fake.Persistence;
import dev.burrow.jdbc.testing.TestStorage;

/** The SigningSecretRepository contract on a real PostgreSQL. */
class PostgresSigningSecretRepositoryContractTest extends SigningSecretRepositoryContract {

    @Override
    protected Persistence newPersistence() {
        return closeAfterwards(TestStorage.postgres()).persistence();
    }
}
