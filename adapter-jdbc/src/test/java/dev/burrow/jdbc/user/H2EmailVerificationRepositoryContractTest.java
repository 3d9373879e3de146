package dev.burrow.jdbc.user;

import dev.burrow.application.contract.EmailVerificationRepositoryContract;
import dev.burrow.application.fake.Persistence;
import dev.burrow.jdbc.testing.TestStorage;

/** The EmailVerificationRepository contract on H2 in PostgreSQL mode. */
class H2EmailVerificationRepositoryContractTest extends EmailVerificationRepositoryContract {

    @Override
    protected Persistence newPersistence() {
        return closeAfterwards(TestStorage.h2()).persistence();
    }
}
