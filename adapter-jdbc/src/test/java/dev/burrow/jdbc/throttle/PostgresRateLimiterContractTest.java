package dev.burrow.jdbc.throttle;

import dev.burrow.application.contract.RateLimiterContract;
import dev.burrow.application.fake.Persistence;
import dev.burrow.jdbc.testing.TestStorage;

/** The RateLimiter contract on a real PostgreSQL. */
class PostgresRateLimiterContractTest extends RateLimiterContract {

    @Override
    protected Persistence newPersistence() {
        return closeAfterwards(TestStorage.postgres()).persistence();
    }
}
