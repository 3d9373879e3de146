package dev.burrow.jdbc.github;

import dev.burrow.application.contract.TeamInstallationDirectoryContract;
import dev.burrow.application.fake.Persistence;
import dev.burrow.jdbc.testing.TestStorage;

/** The TeamInstallationDirectory contract on H2 in PostgreSQL mode. */
class H2TeamInstallationDirectoryContractTest extends TeamInstallationDirectoryContract {

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
