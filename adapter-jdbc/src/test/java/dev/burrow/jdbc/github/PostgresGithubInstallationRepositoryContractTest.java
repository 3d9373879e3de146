package dev.burrow.jdbc.github;

import dev.burrow.application.contract.GithubInstallationRepositoryContract;
import dev.burrow.application.fake.Persistence;
import dev.burrow.jdbc.testing.TestStorage;

/** The GithubInstallationRepository contract on a real PostgreSQL. */
class PostgresGithubInstallationRepositoryContractTest extends GithubInstallationRepositoryContract {

    @Override
    protected Persistence newPersistence() {
        return closeAfterwards(TestStorage.postgres()).persistence();
    }
}
