package dev.burrow.jdbc.reset;

import dev.burrow.application.contract.SigningSecretRepositoryContract;
import dev.burrow.application.fake.Persistence;
import dev.burrow.jdbc.testing.TestStorage;

/** The SigningSecretRepository contract on H2 in PostgreSQL mode. */
class H2SigningSecretRepositoryContractTest extends SigningSecretRepositoryContract {

    @Override
    protected Persistence newPersistence() {
        return closeAfterwards(TestStorage.h2()).persistence();
    }
}
