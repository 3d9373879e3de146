package dev.burrow.jdbc.throttle;

import dev.burrow.application.contract.RateLimiterContract;
import dev.burrow.application.fake.Persistence;
import dev.burrow.jdbc.testing.TestStorage;
import org.jdbi.v3.core.Jdbi;

/** The RateLimiter contract on H2 in PostgreSQL mode. */
class H2RateLimiterContractTest extends RateLimiterContract {

    private TestStorage storage;

    @Override
    protected Persistence newPersistence() {
        storage = closeAfterwards(TestStorage.h2());
        return storage.persistence();
    }

    @Override
    protected int storedBuckets() {
        return Jdbi.create(storage.dataSource()).withHandle(handle ->
                handle.createQuery("select count(*) from throttle_buckets").mapTo(Integer.class).one());
    }
}
