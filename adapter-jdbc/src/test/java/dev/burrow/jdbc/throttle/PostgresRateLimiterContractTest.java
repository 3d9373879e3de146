package dev.burrow.jdbc.throttle;

import dev.burrow.application.contract.RateLimiterContract;
import dev.burrow.application.fake.Persistence;
import dev.burrow.jdbc.testing.TestStorage;

/** The RateLimiter contract on a real PostgreSQL. */
class PostgresRateLimiterContractTest extends RateLimiterContract {

    private TestStorage storage;

    @Override
    protected Persistence newPersistence() {
        storage = TestStorage.postgres();
        return storage.persistence();
    }

    @Override
    protected void closePersistence() {
        storage.close();
    }
}
