package dev.burrow.application.fake;

import dev.burrow.application.contract.WebauthnContract;

/** The passkey stores' contract on the in-memory fake. */
class InMemoryWebauthnContractTest extends WebauthnContract {

    @Override
    protected Persistence newPersistence() {
        return Persistence.inMemory();
    }
}
