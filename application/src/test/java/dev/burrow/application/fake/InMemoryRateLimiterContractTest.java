package dev.burrow.application.fake;

import dev.burrow.application.contract.RateLimiterContract;

/** The fake passes the same contract as the databases, so tests built on it mean the same thing. */
class InMemoryRateLimiterContractTest extends RateLimiterContract {

    @Override
    protected Persistence newPersistence() {
        return Persistence.inMemory();
    }

    @Override
    protected int storedBuckets() {
        InMemoryStore store = (InMemoryStore) persistence.transactions();
        synchronized (store) {
            return store.attempts.size();
        }
    }
}
