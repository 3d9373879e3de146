package dev.burrow.jdbc.user;

import dev.burrow.application.contract.PasswordChangeContract;
import dev.burrow.application.fake.Persistence;
import dev.burrow.jdbc.testing.TestStorage;

/** The password change contract on H2 in PostgreSQL mode, whose row lock the change's checks run under. */
class H2PasswordChangeContractTest extends PasswordChangeContract {

    @Override
    protected Persistence newPersistence() {
        return closeAfterwards(TestStorage.h2()).persistence();
    }
}
