package dev.burrow.jdbc.testing;

import com.zaxxer.hikari.HikariDataSource;
import dev.burrow.application.fake.Persistence;
import dev.burrow.jdbc.DataSources;
import dev.burrow.jdbc.JdbcStorage;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** Fresh, migrated storage for one test, on H2 in memory or on the embedded PostgreSQL; closing throws it away. */
public final class TestStorage implements AutoCloseable {

    private static final int POOL_SIZE = 2;

    private final HikariDataSource pool;
    private final JdbcStorage storage;
    private final AutoCloseable disposal;

    private TestStorage(HikariDataSource pool, AutoCloseable disposal) {
        this.pool = pool;
        this.storage = new JdbcStorage(pool);
        this.disposal = disposal;
    }

    /** A new in-memory H2 database in PostgreSQL mode, migrated. */
    public static TestStorage h2() {
        String url = DataSources.h2Memory("burrow_" + UUID.randomUUID().toString().replace("-", ""));
        TestStorage test = new TestStorage(DataSources.pool(url, POOL_SIZE), () -> shutDownH2(url));
        test.storage.migrate();
        return test;
    }

    /** A new database on the embedded PostgreSQL, copied from the migrated template. */
    public static TestStorage postgres() {
        PostgresDatabase database = EmbeddedPostgresServer.shared().freshDatabase();
        return new TestStorage(DataSources.pool(database.databaseUrl(), POOL_SIZE), database);
    }

    public JdbcStorage storage() {
        return storage;
    }

    /** Every port over this storage, as the contract suites take them. */
    public Persistence persistence() {
        return new Persistence(storage.users(), storage.apiKeys(), storage.organizations(), storage.organizations(),
                storage.scenes(), storage.sessions(), storage.rateLimiter(), storage.totpDevices(),
                storage.backupCodes(), storage.twoFactorSetups(), storage.verifications(), storage.dashboards(),
                storage.dashboards(), storage.signalAutonomy(), storage.githubInstallations(),
                storage.teamInstallations(), storage.teamInstallations(), storage.linkStates(),
                storage.transactions(), storage.signingSecrets(),
                storage.webauthnCredentials(), storage.webauthnChallenges());
    }

    /** The pool the storage runs on, for tests that look beneath the ports. */
    public DataSource dataSource() {
        return pool;
    }

    public String jdbcUrl() {
        return pool.getJdbcUrl();
    }

    @Override
    public void close() {
        pool.close();
        try {
            disposal.close();
        } catch (Exception e) {
            throw new IllegalStateException("could not throw the test database away", e);
        }
    }

    // DB_CLOSE_DELAY=-1 keeps an in-memory database after its last connection closes; this ends it.
    private static void shutDownH2(String url) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement()) {
            statement.execute("shutdown");
        }
    }
}
