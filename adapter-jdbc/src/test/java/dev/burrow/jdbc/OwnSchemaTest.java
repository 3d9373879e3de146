package dev.burrow.jdbc;

import dev.burrow.jdbc.testing.MigrationFiles;
import com.zaxxer.hikari.HikariDataSource;
import dev.burrow.application.fake.Persistence;
import dev.burrow.application.fake.TestData;
import dev.burrow.application.health.ReadinessCheck;
import dev.burrow.domain.user.User;
import dev.burrow.jdbc.testing.EmbeddedPostgresServer;
import dev.burrow.jdbc.testing.PostgresDatabase;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import javax.sql.DataSource;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** burrow in a schema of its own, beside a host whose default schema has tables of the same names. */
class OwnSchemaTest {

    /** A database whose default schema already holds the host's own {@code users} table, with one row. */
    interface HostDatabase {
        void with(SqlCheck check) throws Exception;
    }

    interface SqlCheck {
        void accept(DataSource dataSource) throws Exception;
    }

    static Stream<Named<HostDatabase>> databases() {
        return Stream.of(
                Named.of("H2", check -> {
                    try (HikariDataSource pool = DataSources.pool(
                            DataSources.h2Memory("schema_" + UUID.randomUUID().toString().replace("-", "")), 2)) {
                        hostsOwnUsers(pool);
                        check.accept(pool);
                    }
                }),
                Named.of("PostgreSQL", check -> {
                    try (PostgresDatabase database = EmbeddedPostgresServer.shared().emptyDatabase();
                         HikariDataSource pool = DataSources.pool(database.databaseUrl(), 2)) {
                        hostsOwnUsers(pool);
                        check.accept(pool);
                    }
                }));
    }

    private static void hostsOwnUsers(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("create table users (id bigint primary key, login varchar(50) not null)");
            statement.execute("insert into users values (1, 'host-admin')");
        }
    }

    private static long count(DataSource dataSource, String table) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static Persistence persistence(JdbcStorage storage) {
        return new Persistence(storage.users(), storage.apiKeys(), storage.organizations(), storage.organizations(),
                storage.scenes(), storage.sessions(), storage.rateLimiter(), storage.totpDevices(),
                storage.backupCodes(), storage.twoFactorSetups(), storage.verifications(), storage.dashboards(),
                storage.dashboards(), storage.signalAutonomy(), storage.githubInstallations(),
                storage.teamInstallations(), storage.teamInstallations(), storage.linkStates(),
                storage.transactions(), storage.signingSecrets(),
                storage.webauthnCredentials(), storage.webauthnChallenges());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void burrows_tables_live_in_its_schema_and_the_hosts_stay_untouched(HostDatabase database) throws Exception {
        database.with(dataSource -> {
            String hostSchema;
            try (Connection connection = dataSource.getConnection()) {
                hostSchema = connection.getSchema();
            }
            JdbcStorage storage = new JdbcStorage(dataSource, JdbcStorage.EMBEDDED_HISTORY_TABLE, "burrow");
            assertThat(storage.migrate()).isEqualTo(MigrationFiles.NEWEST);
            assertThat(storage.migrate()).isZero();
            assertThat(storage.check()).isEqualTo(new ReadinessCheck.Readiness(true, true));

            Persistence persistence = persistence(storage);
            User ada = new TestData(persistence).user("ada@example.com");
            assertThat(persistence.users().byId(ada.id())).contains(ada);
            assertThat(persistence.transactions().inTransaction(() -> persistence.users().byId(ada.id())))
                    .contains(ada);

            assertThat(count(dataSource, "burrow.users")).isEqualTo(1);
            // Flyway also records that it created the schema.
            assertThat(count(dataSource, "burrow.burrow_schema_history")).isGreaterThan(MigrationFiles.NEWEST);
            assertThat(count(dataSource, "users")).isEqualTo(1);
            try (Connection connection = dataSource.getConnection();
                 Statement statement = connection.createStatement();
                 ResultSet host = statement.executeQuery("select login from users")) {
                assertThat(connection.getSchema()).isEqualTo(hostSchema);
                host.next();
                assertThat(host.getString(1)).isEqualTo("host-admin");
            }
        });
    }

    /**
     * A pool that does not reset what its borrowers changed (Hikari does; not every pool): the one connection it
     * lends must come back in the host's schema, whatever burrow did on it.
     */
    @ParameterizedTest
    @MethodSource("databases")
    void a_connection_goes_back_to_the_host_in_the_hosts_schema(HostDatabase database) throws Exception {
        database.with(dataSource -> {
            try (Connection physical = dataSource.getConnection()) {
                String hostSchema = physical.getSchema();
                Connection lent = (Connection) Proxy.newProxyInstance(getClass().getClassLoader(),
                        new Class<?>[] {Connection.class}, (proxy, method, arguments) ->
                                method.getName().equals("close") ? null : method.invoke(physical, arguments));
                DataSource pool = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
                        new Class<?>[] {DataSource.class}, (proxy, method, arguments) -> {
                            if (method.getName().equals("getConnection")) {
                                return lent;
                            }
                            throw new UnsupportedOperationException(method.getName());
                        });
                JdbcStorage storage = new JdbcStorage(pool, JdbcStorage.EMBEDDED_HISTORY_TABLE, "burrow");
                storage.migrate();
                assertThat(storage.users().isEmpty()).isTrue();

                assertThat(physical.getSchema()).isEqualTo(hostSchema);
                try (Statement statement = physical.createStatement();
                     ResultSet host = statement.executeQuery("select login from users")) {
                    host.next();
                    assertThat(host.getString(1)).isEqualTo("host-admin");
                }
            }
        });
    }

    @ParameterizedTest
    @MethodSource("databases")
    void a_name_clash_without_a_schema_names_the_option(HostDatabase database) throws Exception {
        database.with(dataSource -> {
            JdbcStorage storage = new JdbcStorage(dataSource, JdbcStorage.EMBEDDED_HISTORY_TABLE);
            assertThatThrownBy(storage::migrate)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("users")
                    .hasMessageContaining(".schema(\"burrow\")");
        });
    }
}
