package dev.burrow.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.burrow.domain.user.User;
import dev.burrow.jdbc.testing.TestStorage;
import org.junit.jupiter.api.Named;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * What the storage tests share: both databases as a parameter source, a second server instance's pool, attempts run
 * at once with a deadline, and looks beneath the ports (rows deleted or counted in SQL).
 */
final class JdbcTesting {

    private JdbcTesting() {
    }

    /** H2 and PostgreSQL, each a fresh migrated database per test: the parameter source of the storage tests. */
    static Stream<Named<Supplier<TestStorage>>> databases() {
        return Stream.of(Named.of("H2", TestStorage::h2), Named.of("PostgreSQL", TestStorage::postgres));
    }

    /** Deletes the user's row in SQL, past the repository, so that only the database's cascades act. */
    static void deleteRow(TestStorage test, User user) throws SQLException {
        try (Connection connection = test.dataSource().getConnection();
             PreparedStatement delete = connection.prepareStatement("delete from users where id = ?")) {
            delete.setLong(1, user.id().value());
            delete.executeUpdate();
        }
    }

    /**
     * Runs the attempts at once, on eight threads, and gives their results in their order; an attempt that has not
     * ended within a minute (a deadlock) fails the test instead of hanging it.
     */
    static <T> List<T> atOnce(List<Callable<T>> attempts) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<T>> running = new ArrayList<>();
            for (Callable<T> attempt : attempts) {
                running.add(threads.submit(attempt));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> attempt : running) {
                results.add(attempt.get(1, TimeUnit.MINUTES));
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }

    /**
     * Two server instances over the test's database, each on a pool of four connections of its own, as two
     * processes behind one load balancer would be; closing closes both pools.
     */
    static final class TwoInstances implements AutoCloseable {

        private final List<HikariDataSource> pools;
        private final List<JdbcStorage> storages;

        TwoInstances(TestStorage test) {
            this.pools = List.of(anotherPool(test, 4), anotherPool(test, 4));
            this.storages = pools.stream().map(JdbcStorage::new).toList();
        }

        /** The first instance's storage, then the second's. */
        List<JdbcStorage> storages() {
            return storages;
        }

        /** One port of each instance, the first instance's first. */
        <T> List<T> each(Function<JdbcStorage, T> port) {
            return storages.stream().map(port).toList();
        }

        @Override
        public void close() {
            pools.forEach(HikariDataSource::close);
        }

        private static HikariDataSource anotherPool(TestStorage test, int size) {
            HikariDataSource pool = (HikariDataSource) test.dataSource();
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(pool.getJdbcUrl());
            config.setUsername(pool.getUsername());
            config.setPassword(pool.getPassword());
            config.setMaximumPoolSize(size);
            return new HikariDataSource(config);
        }
    }

    static int rowsOf(TestStorage test, String table, String column, Object value) throws SQLException {
        try (Connection connection = test.dataSource().getConnection();
             PreparedStatement count = connection.prepareStatement(
                     "select count(*) from " + table + " where " + column + " = ?")) {
            count.setObject(1, value);
            try (ResultSet result = count.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
