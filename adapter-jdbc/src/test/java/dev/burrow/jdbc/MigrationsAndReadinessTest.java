package dev.burrow.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import dev.burrow.application.health.ReadinessCheck;
import dev.burrow.domain.failure.UnavailableException;
import dev.burrow.domain.user.UserId;
import dev.burrow.jdbc.testing.EmbeddedPostgresServer;
import dev.burrow.jdbc.testing.MigrationFiles;
import dev.burrow.jdbc.testing.PostgresDatabase;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Migrations bring an empty database to the newest schema once, and readiness says whether they have run. */
class MigrationsAndReadinessTest {

    @Test
    void the_schema_version_readiness_asks_for_is_the_newest_migration_there_is() throws Exception {
        try (HikariDataSource pool = DataSources.pool(DataSources.h2Memory("version_" + UUID.randomUUID()), 2)) {
            assertThat(new JdbcStorage(pool).schemaVersion()).isEqualTo(MigrationFiles.NEWEST);
        }
    }

    @Test
    void migrations_apply_once_on_h2() {
        try (HikariDataSource pool = DataSources.pool(DataSources.h2Memory("migrations_" + UUID.randomUUID()), 2)) {
            appliesOnce(new JdbcStorage(pool));
        }
    }

    @Test
    void migrations_apply_once_on_postgresql() {
        try (PostgresDatabase database = EmbeddedPostgresServer.shared().emptyDatabase();
             HikariDataSource pool = DataSources.pool(database.databaseUrl(), 2)) {
            appliesOnce(new JdbcStorage(pool));
        }
    }

    private static void appliesOnce(JdbcStorage storage) {
        assertThat(storage.check().schema()).isFalse();
        assertThat(storage.migrate()).isEqualTo(MigrationFiles.NEWEST);
        assertThat(storage.migrate()).isZero();
        assertThat(storage.isReady()).isTrue();
        assertThat(storage.check()).isEqualTo(new ReadinessCheck.Readiness(true, true));
        assertThat(storage.users().isEmpty()).isTrue();
    }

    @Test
    void a_database_that_cannot_be_reached_is_unavailable_not_an_error() {
        PGSimpleDataSource nowhere = new PGSimpleDataSource();
        nowhere.setServerNames(new String[] {"localhost"});
        nowhere.setPortNumbers(new int[] {1});
        nowhere.setDatabaseName("burrow");
        nowhere.setConnectTimeout(2);
        JdbcStorage storage = new JdbcStorage(nowhere);

        assertThatThrownBy(() -> storage.users().byId(new UserId(1)))
                .isInstanceOf(UnavailableException.class)
                .hasMessage("Service temporarily unavailable, try again later.")
                .extracting("code").isEqualTo("service_unavailable");
        assertThatThrownBy(() -> storage.transactions().run(() -> {
        })).isInstanceOf(UnavailableException.class);
        assertThat(storage.isReady()).isFalse();
        assertThat(storage.check()).isEqualTo(new ReadinessCheck.Readiness(false, false));
    }
}
