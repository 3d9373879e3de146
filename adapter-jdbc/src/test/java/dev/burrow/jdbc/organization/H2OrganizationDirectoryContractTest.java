package dev.burrow.jdbc.organization;

import dev.burrow.application.contract.OrganizationDirectoryContract;
import dev.burrow.application.fake.Persistence;
import dev.burrow.jdbc.testing.TestStorage;

/** The OrganizationDirectory contract on H2 in PostgreSQL mode. */
class H2OrganizationDirectoryContractTest extends OrganizationDirectoryContract {

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
