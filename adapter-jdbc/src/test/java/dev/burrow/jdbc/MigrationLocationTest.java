package dev.burrow.jdbc;

import dev.burrow.jdbc.testing.MigrationFiles;
import com.zaxxer.hikari.HikariDataSource;
import dev.burrow.application.health.ReadinessCheck;
import dev.burrow.jdbc.migration.V7__References_to_host_owned_rows;
import dev.burrow.jdbc.testing.EmbeddedPostgresServer;
import dev.burrow.jdbc.testing.PostgresDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * burrow's migrations live under its own package, where a host's Flyway with default settings never finds them,
 * and databases migrated when they lived in Flyway's default {@code db/migration} still validate.
 */
class MigrationLocationTest {

    /** Runs the check on a fresh H2 database, then on a fresh PostgreSQL one. */
    static Stream<Named<Consumer<Consumer<DataSource>>>> databases() {
        return Stream.of(
                Named.of("H2", check -> {
                    try (HikariDataSource pool = DataSources.pool(
                            DataSources.h2Memory("location_" + UUID.randomUUID().toString().replace("-", "")), 2)) {
                        check.accept(pool);
                    }
                }),
                Named.of("PostgreSQL", check -> {
                    try (PostgresDatabase database = EmbeddedPostgresServer.shared().emptyDatabase();
                         HikariDataSource pool = DataSources.pool(database.databaseUrl(), 2)) {
                        check.accept(pool);
                    }
                }));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void a_hosts_flyway_with_default_settings_runs_beside_burrows(Consumer<Consumer<DataSource>> database)
            throws IOException {
        try (URLClassLoader host = new URLClassLoader(new URL[] {getClass().getResource("/host-app/")},
                getClass().getClassLoader())) {
            database.accept(dataSource -> {
                Flyway hosts = Flyway.configure(host).dataSource(dataSource).load();
                assertThat(hosts.migrate().migrationsExecuted).isEqualTo(1);

                JdbcStorage burrow = new JdbcStorage(dataSource, JdbcStorage.EMBEDDED_HISTORY_TABLE);
                assertThat(burrow.migrate()).isEqualTo(MigrationFiles.NEWEST);

                assertThat(hosts.migrate().migrationsExecuted).isZero();
                assertThat(hosts.info().applied()).extracting(info -> info.getScript())
                        .containsExactly("V1__host.sql");
                assertThat(burrow.check()).isEqualTo(new ReadinessCheck.Readiness(true, true));
            });
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void a_database_migrated_from_the_old_location_validates_and_is_up_to_date(
            Consumer<Consumer<DataSource>> database, @TempDir Path old) throws IOException, URISyntaxException {
        // The layout of 0.1: the same SQL files, byte for byte, in Flyway's default location.
        Path defaults = Files.createDirectories(old.resolve("db/migration"));
        Path current = Path.of(JdbcStorage.class.getResource("/dev/burrow/jdbc/migration").toURI());
        List<Path> scripts;
        try (Stream<Path> files = Files.list(current)) {
            scripts = files.filter(file -> file.getFileName().toString().endsWith(".sql")).toList();
        }
        assertThat(scripts).hasSize(MigrationFiles.NEWEST - 1);
        for (Path script : scripts) {
            Files.copy(script, defaults.resolve(script.getFileName()));
        }
        try (URLClassLoader before = new URLClassLoader(new URL[] {old.toUri().toURL()},
                getClass().getClassLoader())) {
            for (String table : List.of(JdbcStorage.DEFAULT_HISTORY_TABLE, JdbcStorage.EMBEDDED_HISTORY_TABLE)) {
                database.accept(dataSource -> {
                    int applied = Flyway.configure(before).dataSource(dataSource)
                            .locations("classpath:db/migration")
                            .javaMigrations(new V7__References_to_host_owned_rows())
                            .table(table).baselineOnMigrate(true).baselineVersion("0")
                            .load().migrate().migrationsExecuted;
                    assertThat(applied).isEqualTo(MigrationFiles.NEWEST);

                    JdbcStorage storage = new JdbcStorage(dataSource, table);
                    // migrate() validates first: a checksum, description or type that differed would throw here.
                    assertThat(storage.migrate()).isZero();
                    assertThat(storage.check()).isEqualTo(new ReadinessCheck.Readiness(true, true));
                });
            }
        }
    }
}
