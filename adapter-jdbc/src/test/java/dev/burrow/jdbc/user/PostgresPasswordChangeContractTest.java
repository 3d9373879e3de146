package dev.burrow.jdbc.user;

import dev.burrow.application.contract.PasswordChangeContract;
import dev.burrow.application.fake.Persistence;
import dev.burrow.jdbc.testing.TestStorage;

/** The password change contract on a real PostgreSQL, whose row lock the change's checks run under. */
class PostgresPasswordChangeContractTest extends PasswordChangeContract {

    @Override
    protected Persistence newPersistence() {
        return closeAfterwards(TestStorage.postgres()).persistence();
    }
}
