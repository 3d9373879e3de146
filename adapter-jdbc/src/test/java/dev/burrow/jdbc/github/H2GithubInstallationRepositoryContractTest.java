package dev.burrow.jdbc.github;

import dev.burrow.application.contract.GithubInstallationRepositoryContract;
import dev.burrow.application.fake.Persistence;
import dev.burrow.jdbc.testing.TestStorage;

/** The GithubInstallationRepository contract on H2 in PostgreSQL mode. */
class H2GithubInstallationRepositoryContractTest extends GithubInstallationRepositoryContract {

    @Override
    protected Persistence newPersistence() {
        return closeAfterwards(TestStorage.h2()).persistence();
    }
}
