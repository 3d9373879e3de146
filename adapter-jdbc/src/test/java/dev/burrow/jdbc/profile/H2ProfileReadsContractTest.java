package dev.burrow.jdbc.profile;

import dev.burrow.application.contract.ProfileReadsContract;
import dev.burrow.application.fake.Persistence;
import dev.burrow.application.user.ProfileReads;
import dev.burrow.jdbc.testing.TestStorage;

/** The one statement that reads a whole profile, on H2: the same facts as the ports one after another. */
class H2ProfileReadsContractTest extends ProfileReadsContract {

    private TestStorage storage;

    @Override
    protected Persistence newPersistence() {
        storage = closeAfterwards(TestStorage.h2());
        return storage.persistence();
    }

    @Override
    protected ProfileReads reads() {
        return storage.storage().profiles();
    }
}
