package dev.burrow.jdbc.organization;

import dev.burrow.application.contract.OrganizationDirectoryContract;
import dev.burrow.application.fake.Persistence;
import dev.burrow.jdbc.testing.TestStorage;

/** The OrganizationDirectory contract on H2 in PostgreSQL mode. */
class H2OrganizationDirectoryContractTest extends OrganizationDirectoryContract {

    @Override
    protected Persistence newPersistence() {
        return closeAfterwards(TestStorage.h2()).persistence();
    }
}
