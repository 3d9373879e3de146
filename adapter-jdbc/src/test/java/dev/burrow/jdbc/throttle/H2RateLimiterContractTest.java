package dev.burrow.jdbc.throttle;

import dev.burrow.application.contract.RateLimiterContract;
import dev.burrow.application.fake.Persistence;
import dev.burrow.jdbc.testing.TestStorage;

/** The RateLimiter contract on H2 in PostgreSQL mode. */
class H2RateLimiterContractTest extends RateLimiterContract {

    private TestStorage storage;

    @Override
    protected Persistence newPersistence() {
        storage = TestStorage.h2();
        return storage.persistence();
    }

    @Override
    protected void closePersistence() {
        storage.close();
    }
}
