package dev.burrow.application.contract;

import dev.burrow.application.fake.Persistence;
import dev.burrow.application.fake.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.util.ArrayList;
import java.util.List;

/**
 * The base of every port contract: each test gets fresh, empty storage from the implementation under test (the
 * in-memory fake, H2 or PostgreSQL) and a {@link TestData} over it.
 */
public abstract class PersistenceContract {

    protected Persistence persistence;
    protected TestData data;
    private final List<AutoCloseable> opened = new ArrayList<>();

    /** Fresh, empty storage with every port over it; what it opens, it hands to {@link #closeAfterwards}. */
    protected abstract Persistence newPersistence();

    /** Closes {@code resource} (a test database) when the test ends; returns it. */
    protected <T extends AutoCloseable> T closeAfterwards(T resource) {
        opened.add(resource);
        return resource;
    }

    @BeforeEach
    void openStorage() {
        persistence = newPersistence();
        data = new TestData(persistence);
    }

    @AfterEach
    void closeStorage() throws Exception {
        for (AutoCloseable resource : opened) {
            resource.close();
        }
        opened.clear();
    }
}
