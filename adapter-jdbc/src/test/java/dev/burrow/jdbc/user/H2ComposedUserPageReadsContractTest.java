package dev.burrow.jdbc.user;

import dev.burrow.application.contract.UserPageReadsContract;
import dev.burrow.application.fake.Persistence;
import dev.burrow.jdbc.testing.TestStorage;

/** The ports one after another over burrow's JDBC storage (as where a host brings its own directory), on H2. */
class H2ComposedUserPageReadsContractTest extends UserPageReadsContract {

    @Override
    protected Persistence newPersistence() {
        return closeAfterwards(TestStorage.h2()).persistence();
    }
}
