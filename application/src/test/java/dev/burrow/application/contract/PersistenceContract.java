package dev.burrow.application.contract;

import dev.burrow.application.fake.Persistence;
import dev.burrow.application.fake.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The base of every port contract: each test gets fresh, empty storage from the implementation under test (the
 * in-memory fake, H2 or PostgreSQL) and a {@link TestData} over it.
 */
public abstract class PersistenceContract {

    protected Persistence persistence;
    protected TestData data;

    /** Fresh, empty storage with every port over it. */
    protected abstract Persistence newPersistence();

    /** Releases what {@link #newPersistence()} opened. */
    protected void closePersistence() {
    }

    @BeforeEach
    void openStorage() {
        persistence = newPersistence();
        data = new TestData(persistence);
    }

    @AfterEach
    void closeStorage() {
        closePersistence();
    }
}
