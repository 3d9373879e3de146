package dev.burrow.application.fake;

import dev.burrow.application.contract.ProfileReadsContract;

/** The ports one after another, over the fakes: what a host with its own directory gets, and the HTTP tests run. */
class InMemoryProfileReadsContractTest extends ProfileReadsContract {

    @Override
    protected Persistence newPersistence() {
        return Persistence.inMemory();
    }
}
