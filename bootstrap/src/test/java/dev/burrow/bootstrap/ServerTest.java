package dev.burrow.bootstrap;

import dev.burrow.jdbc.testing.EmbeddedPostgresServer;
import dev.burrow.jdbc.testing.PostgresDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The server and its admin commands, end to end over HTTP, on the embedded H2 file and on PostgreSQL. */
class ServerTest {

    private static final Map<String, String> COMMON = Map.of(
            "PORT", "0",
            "BURROW_HOST", "127.0.0.1",
            "BURROW_ADMIN_EMAIL", "admin@example.com",
            "BURROW_ADMIN_PASSWORD", "first start password");

    @Test
    void on_the_embedded_h2_file(@TempDir Path data) {
        new ServerScenario(with(COMMON, "BURROW_DATA_DIR", data.toString())).play();

        assertThat(Files.exists(data.resolve("burrow.mv.db"))).isTrue();
    }

    @Test
    void on_postgresql_named_by_database_url() {
        try (PostgresDatabase database = EmbeddedPostgresServer.shared().emptyDatabase()) {
            new ServerScenario(with(COMMON, "DATABASE_URL", database.databaseUrl())).play();
        }
    }

    @Test
    void migrate_brings_an_empty_database_up_to_date() {
        try (PostgresDatabase database = EmbeddedPostgresServer.shared().emptyDatabase()) {
            CommandLine cli = new CommandLine(with(COMMON, "DATABASE_URL", database.databaseUrl()));

            CommandLine.Result migrated = cli.run("migrate");

            assertThat(migrated.exitCode()).as(migrated.err()).isZero();
            assertThat(migrated.lastLine()).isEqualTo("migrated");
            assertThat(cli.run("admin", "create-organization", "--name", "Acme").exitCode()).isZero();
        }
    }

    static Map<String, String> with(Map<String, String> base, String name, String value) {
        java.util.HashMap<String, String> env = new java.util.HashMap<>(base);
        env.put(name, value);
        return env;
    }
}
