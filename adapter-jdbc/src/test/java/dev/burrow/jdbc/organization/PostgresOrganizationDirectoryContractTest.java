package dev.burrow.jdbc.organization;

import dev.burrow.application.contract.OrganizationDirectoryContract;
import dev.burrow.application.fake.Persistence;
import dev.burrow.jdbc.testing.TestStorage;

/** The OrganizationDirectory contract on a real PostgreSQL. */
class PostgresOrganizationDirectoryContractTest extends OrganizationDirectoryContract {

    @Override
    protected Persistence newPersistence() {
        return closeAfterwards(TestStorage.postgres()).persistence();
    }
}
