package dev.burrow.jdbc.throttle;

import dev.burrow.application.contract.RateLimiterContract;
import dev.burrow.application.fake.Persistence;
import dev.burrow.jdbc.testing.TestStorage;

/** The RateLimiter contract on H2 in PostgreSQL mode. */
class H2RateLimiterContractTest extends RateLimiterContract {

    @Override
    protected Persistence newPersistence() {
        return closeAfterwards(TestStorage.h2()).persistence();
    }
}
