package dev.burrow.jdbc.user;

import dev.burrow.application.contract.UserPageReadsContract;
import dev.burrow.application.fake.Persistence;
import dev.burrow.application.user.UserPageReads;
import dev.burrow.jdbc.testing.TestStorage;

/** The one statement that reads a page of the user list, on H2: the same as the ports one after another. */
class H2UserPageReadsContractTest extends UserPageReadsContract {

    private TestStorage storage;

    @Override
    protected Persistence newPersistence() {
        storage = closeAfterwards(TestStorage.h2());
        return storage.persistence();
    }

    @Override
    protected UserPageReads reads() {
        return storage.storage().userPages();
    }
}
