package dev.burrow.jdbc.github;

import dev.burrow.application.contract.TeamInstallationDirectoryContract;
import dev.burrow.application.fake.Persistence;
import dev.burrow.jdbc.testing.TestStorage;

/** The TeamInstallationDirectory contract on a real PostgreSQL. */
class PostgresTeamInstallationDirectoryContractTest extends TeamInstallationDirectoryContract {

    @Override
    protected Persistence newPersistence() {
        return closeAfterwards(TestStorage.postgres()).persistence();
    }
}
