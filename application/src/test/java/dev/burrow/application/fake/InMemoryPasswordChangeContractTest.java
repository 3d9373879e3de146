package dev.burrow.application.fake;

import dev.burrow.application.contract.PasswordChangeContract;

/** The password change contract on the fake, whose single lock stands for the user's row lock. */
class InMemoryPasswordChangeContractTest extends PasswordChangeContract {

    @Override
    protected Persistence newPersistence() {
        return Persistence.inMemory();
    }
}
