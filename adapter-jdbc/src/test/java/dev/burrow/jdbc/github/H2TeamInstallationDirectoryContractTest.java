package dev.burrow.jdbc.github;

import dev.burrow.application.contract.TeamInstallationDirectoryContract;
import dev.burrow.application.fake.Persistence;
import dev.burrow.jdbc.testing.TestStorage;

/** The TeamInstallationDirectory contract on H2 in PostgreSQL mode. */
class H2TeamInstallationDirectoryContractTest extends TeamInstallationDirectoryContract {

    @Override
    protected Persistence newPersistence() {
        return closeAfterwards(TestStorage.h2()).persistence();
    }
}
