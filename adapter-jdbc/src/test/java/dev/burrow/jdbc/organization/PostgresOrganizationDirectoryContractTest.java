package dev.burrow.jdbc.organization;

import dev.burrow.application.contract.OrganizationDirectoryContract;
import dev.burrow.application.fake.Persistence;
import dev.burrow.jdbc.testing.TestStorage;

/** The OrganizationDirectory contract on a real PostgreSQL. */
class PostgresOrganizationDirectoryContractTest extends OrganizationDirectoryContract {

    private TestStorage storage;

    @Override
    protected Persistence newPersistence() {
        storage = TestStorage.postgres();
        return storage.persistence();
    }

    @Override
    protected void closePersistence() {
        storage.close();
    }
}
