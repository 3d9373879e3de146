package dev.burrow.jdbc.user;

import dev.burrow.jdbc.testing.MigrationFiles;
import com.zaxxer.hikari.HikariDataSource;
import dev.burrow.application.health.ReadinessCheck;
import dev.burrow.application.user.UserFilter;
import dev.burrow.domain.user.User;
import dev.burrow.domain.user.UserId;
import dev.burrow.jdbc.DataSources;
import dev.burrow.jdbc.JdbcStorage;
import dev.burrow.jdbc.testing.EmbeddedPostgresServer;
import dev.burrow.jdbc.testing.PostgresDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V6 counts the users a database already has, so lists read right from the first start after the upgrade; until it
 * has run, the database is not ready for this build.
 */
class UserBlocksMigrationTest {

    private static final long[] ACTIVE = {1, 2, 1023, 1024, 4000, 70000};
    private static final long[] INACTIVE = {3, 1025, 80000};

    @Test
    void on_h2() throws SQLException {
        String url = DataSources.h2Memory("blocks_" + UUID.randomUUID().toString().replace("-", ""));
        try (HikariDataSource pool = DataSources.pool(url, 2)) {
            upgradesAUsedDatabase(pool);
        }
    }

    @Test
    void on_postgresql() throws SQLException {
        try (PostgresDatabase database = EmbeddedPostgresServer.shared().emptyDatabase();
             HikariDataSource pool = DataSources.pool(database.databaseUrl(), 2)) {
            upgradesAUsedDatabase(pool);
        }
    }

    private static void upgradesAUsedDatabase(DataSource dataSource) throws SQLException {
        Flyway.configure().dataSource(dataSource).locations(JdbcStorage.MIGRATIONS).target("5").load().migrate();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     insert into users (id, uuid, email, email_folded, first_name, last_name, is_staff, is_active,
                                        date_joined, version)
                     values (?, ?, ?, ?, 'First', 'Last', false, ?, ?, 0)
                     """)) {
            for (long[] ids : new long[][] {ACTIVE, INACTIVE}) {
                for (long id : ids) {
                    insert.setLong(1, id);
                    insert.setObject(2, UUID.randomUUID());
                    insert.setString(3, "user" + id + "@example.com");
                    insert.setString(4, "user" + id + "@example.com");
                    insert.setBoolean(5, ids == ACTIVE);
                    insert.setTimestamp(6, Timestamp.from(Instant.parse("2026-01-01T00:00:00Z")));
                    insert.executeUpdate();
                }
            }
        }

        JdbcStorage storage = new JdbcStorage(dataSource);
        assertThat(storage.check()).isEqualTo(new ReadinessCheck.Readiness(true, false));
        assertThat(storage.migrate()).isEqualTo(MigrationFiles.NEWEST - 5);
        assertThat(storage.check()).isEqualTo(new ReadinessCheck.Readiness(true, true));

        assertThat(storage.users().count(UserFilter.ALL)).isEqualTo(ACTIVE.length);
        assertThat(storage.users().page(UserFilter.ALL, 100, 0)).extracting(User::id)
                .containsExactlyElementsOf(ids(ACTIVE));
        assertThat(storage.users().page(UserFilter.ALL, 2, 3)).extracting(User::id)
                .containsExactlyElementsOf(ids(ACTIVE).subList(3, 5));
        assertThat(storage.users().page(UserFilter.ALL, 2, 5)).extracting(User::id)
                .containsExactly(new UserId(70000));
    }

    private static List<UserId> ids(long[] ids) {
        return Arrays.stream(ids).mapToObj(UserId::new).toList();
    }
}
