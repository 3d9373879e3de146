package dev.burrow.jdbc.github;

import dev.burrow.application.contract.GithubInstallationRepositoryContract;
import dev.burrow.application.fake.Persistence;
import dev.burrow.jdbc.testing.TestStorage;

/** The GithubInstallationRepository contract on H2 in PostgreSQL mode. */
class H2GithubInstallationRepositoryContractTest extends GithubInstallationRepositoryContract {

    private TestStorage storage;

    @Override
    protected Persistence newPersistence() {
        storage = TestStorage.h2();
        return storage.persistence();
    }

    @Override
    protected void closePersistence() {
        storage.close();
    }
}
