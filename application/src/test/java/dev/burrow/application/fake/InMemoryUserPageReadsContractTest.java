package dev.burrow.application.fake;

import dev.burrow.application.contract.UserPageReadsContract;

/** The ports one after another, over the fakes: what a host with its own directory gets, and the HTTP tests run. */
class InMemoryUserPageReadsContractTest extends UserPageReadsContract {

    @Override
    protected Persistence newPersistence() {
        return Persistence.inMemory();
    }
}
