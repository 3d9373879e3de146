package dev.burrow.bootstrap;

import com.zaxxer.hikari.HikariDataSource;
import dev.burrow.embedded.Burrow;
import dev.burrow.jdbc.DataSources;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad arguments: one line on standard error, exit code 2, nothing written. */
class AdminCommandsTest {

    @TempDir
    Path data;
    private CommandLine cli;
    private String organization;

    @BeforeEach
    void provision() {
        cli = new CommandLine(Map.of("BURROW_DATA_DIR", data.toString()));
        organization = cli.run("admin", "create-organization", "--name", "Acme").lastLine();
        assertThat(cli.run("admin", "create-user", "--email", "ada@acme.com").exitCode()).isZero();
    }

    @Test
    void argument_mistakes_are_refused_before_anything_is_opened() {
        Path elsewhere = data.resolve("untouched");
        CommandLine fresh = new CommandLine(Map.of("BURROW_DATA_DIR", elsewhere.toString()));

        assertRefused(fresh.run("admin", "create-organization"), "error: --name is required");
        assertRefused(fresh.run("admin", "create-organization", "--name"), "error: --name needs a value");
        assertRefused(fresh.run("admin", "create-organization", "--name", "A", "--colour", "red"),
                "error: unknown option --colour");
        assertRefused(fresh.run("admin", "create-organization", "--name", "A", "--name", "B"),
                "error: --name given twice");
        assertRefused(fresh.run("admin", "create-user", "--email", "x@y.com", "--staff=yes"),
                "error: --staff takes no value");
        assertRefused(fresh.run("admin", "create-project", "--organization", "acme", "--name", "Web"),
                "error: --organization must be an organization UUID, got 'acme'");
        assertRefused(fresh.run("admin", "add-member", "--organization", organization, "--email", "x@y.com",
                "--level", "boss"), "error: --level must be member, admin or owner, got 'boss'");
        assertRefused(fresh.run("admin", "create-dashboard", "--project", "web", "--name", "Home"),
                "error: --project must be a project id (a positive integer), got 'web'");
        assertRefused(fresh.run("admin", "create-dashboard", "--project", "0", "--name", "Home"),
                "error: --project must be a project id (a positive integer), got '0'");
        assertRefused(fresh.run("admin", "add-team-github-installation", "--project", "1", "--installation-id",
                "x"), "error: --installation-id must be a GitHub installation id (a positive integer), got 'x'");
        assertRefused(fresh.run("admin", "make-coffee"), "error: unknown admin command 'make-coffee'");
        assertRefused(fresh.run("frobnicate"), "error: unknown command 'frobnicate' (try: serve, migrate, admin)");
        assertThat(Files.exists(elsewhere)).isFalse();
    }

    @Test
    void rule_violations_are_refused_and_leave_nothing_half_written() {
        assertRefused(cli.run("admin", "create-user", "--email", "bob@acme.com", "--password", "short"),
                "error: This password is too short. It must contain at least 8 characters.");
        assertRefused(cli.run("admin", "create-user", "--email", "not an address"),
                "error: Enter a valid email address.");
        assertRefused(cli.run("admin", "create-user", "--email", "ADA@acme.com"),
                "error: There is already an account with this email address.");
        assertRefused(cli.run("admin", "create-project", "--organization", "00000000-0000-0000-0000-000000000000",
                "--name", "Web"), "error: Organization with id=00000000-0000-0000-0000-000000000000 does not exist.");
        assertRefused(cli.run("admin", "create-dashboard", "--project", "987654", "--name", "Home"),
                "error: Project with id=987654 does not exist.");
        assertRefused(cli.run("admin", "add-member", "--organization", organization, "--email", "bob@acme.com"),
                "error: No user with the email address bob@acme.com.");
        assertRefused(cli.run("admin", "create-api-key", "--email", "ada@acme.com", "--scopes", "user:read,user:own"),
                "error: Invalid scope: user:own");
        assertThat(cli.run("admin", "add-member", "--organization", organization, "--email", "ada@acme.com")
                .exitCode()).isZero();
        assertRefused(cli.run("admin", "add-member", "--organization", organization, "--email", "ada@acme.com"),
                "error: This user is already a member of this organization.");

        // Only the user made in setUp exists: the refused create-user calls wrote nothing.
        assertThat(cli.run("admin", "create-user", "--email", "bob@acme.com", "--password", "long enough pw")
                .exitCode()).isZero();
    }

    /** A password on the command line is in the process list for every user of the machine; stdin is not. */
    @Test
    void a_password_can_come_from_standard_input_as_one_line() {
        // Seven characters and a line ending: too short, so the line ending was not taken as part of it.
        assertRefused(cli.runWithInput("abcdefg\n", "admin", "create-user", "--email", "bob@acme.com",
                "--password-stdin"), "error: This password is too short. It must contain at least 8 characters.");
        assertRefused(cli.runWithInput("", "admin", "create-user", "--email", "bob@acme.com", "--password-stdin"),
                "error: --password-stdin read an empty password");
        assertRefused(cli.runWithInput("\n", "admin", "create-user", "--email", "bob@acme.com", "--password-stdin"),
                "error: --password-stdin read an empty password");
        assertRefused(cli.runWithInput("long enough pw\n", "admin", "create-user", "--email", "bob@acme.com",
                "--password-stdin", "--password", "another long one"),
                "error: --password and --password-stdin cannot both be given");
        assertRefused(cli.runWithInput("long enough pw\n", "admin", "create-user", "--email", "bob@acme.com",
                "--password-stdin=yes"), "error: --password-stdin takes no value");

        CommandLine.Result made = cli.runWithInput("long enough pw\r\nsecond line\n", "admin", "create-user",
                "--email", "bob@acme.com", "--password-stdin");
        assertThat(made.exitCode()).as(made.err()).isZero();
        assertThat(made.lastLine()).matches("[0-9a-f-]{36}");
        assertThat(cli.run("help").out()).contains("--password-stdin");
    }

    @Test
    void each_command_prints_what_it_made_on_its_last_line() {
        String project = cli.run("admin", "create-project", "--organization", organization, "--name", "Web")
                .lastLine();
        assertThat(project).matches("\\d+");
        String first = cli.run("admin", "create-dashboard", "--project", project, "--name", "Home").lastLine();
        String second = cli.run("admin", "create-dashboard", "--project", project, "--name", "People").lastLine();
        assertThat(first).matches("\\d+");
        assertThat(Long.parseLong(second)).isGreaterThan(Long.parseLong(first));
        assertRefused(cli.run("admin", "create-dashboard", "--project", project, "--name", "  "),
                "error: This field may not be blank.");
        assertThat(cli.run("admin", "add-team-github-installation", "--project", project, "--installation-id", "42",
                "--connected-by", "ada@acme.com", "--github-login", "ada-gh").lastLine()).matches("\\d+");
        assertRefused(cli.run("admin", "add-team-github-installation", "--project", project, "--installation-id",
                "42"), "error: This installation is already connected to this project.");
        assertRefused(cli.run("admin", "add-team-github-installation", "--project", project, "--installation-id",
                "43", "--connected-by", "nobody@acme.com"), "error: No user with the email address nobody@acme.com.");
        assertRefused(cli.run("admin", "add-team-github-installation", "--project", "987654", "--installation-id",
                "43"), "error: Project with id=987654 does not exist.");
        assertThat(cli.run("admin", "create-api-key", "--email", "ada@acme.com").lastLine()).matches("phx_\\w{48,49}");
        assertThat(cli.run("help").out()).contains("admin create-api-key --email E");
        CommandLine.Result nothing = cli.run();
        assertThat(nothing.exitCode()).isEqualTo(2);
        assertThat(nothing.err()).startsWith("usage: java -jar burrow.jar <command>");
    }

    @Test
    void github_settings_that_cannot_work_stop_the_start_naming_the_setting() {
        CommandLine badKey = new CommandLine(Map.of("BURROW_DATA_DIR", data.toString(), "PORT", "0",
                "BURROW_HOST", "127.0.0.1", "GITHUB_APP_PRIVATE_KEY", "-----BEGIN RSA PRIVATE KEY-----\nnot a key"));
        CommandLine noFile = new CommandLine(Map.of("BURROW_DATA_DIR", data.toString(),
                "GITHUB_APP_PRIVATE_KEY_PATH", data.resolve("missing.pem").toString()));
        CommandLine badUrl = new CommandLine(Map.of("BURROW_DATA_DIR", data.toString(),
                "GITHUB_API_URL", "ftp://github.example"));

        CommandLine.Result key = badKey.run("serve");
        assertThat(key.exitCode()).isEqualTo(2);
        assertThat(key.err()).startsWith("error: GITHUB_APP_PRIVATE_KEY: ").doesNotContain("not a key");
        assertRefused(noFile.run("serve"), "error: GITHUB_APP_PRIVATE_KEY_PATH names no readable file: "
                + data.resolve("missing.pem"));
        assertThat(badUrl.run("serve").err()).startsWith("error: GITHUB_API_URL must be an http(s) URL");
    }

    /**
     * A host that embeds burrow in its default schema, beside a Flyway history of its own: burrow's history is
     * {@code burrow_schema_history}, and the commands find it there instead of taking the host's (or starting a
     * second one and stumbling on burrow's own tables).
     */
    @Test
    void the_commands_work_on_a_database_burrow_is_embedded_in(@TempDir Path host) throws SQLException {
        execute(host, "create table flyway_schema_history (installed_rank int primary key, script varchar(100))");
        execute(host, "insert into flyway_schema_history values (1, 'V1__host_tables.sql')");
        embed(host, null);
        CommandLine admin = new CommandLine(Map.of("BURROW_DATA_DIR", host.toString()));

        CommandLine.Result user = admin.run("admin", "create-user", "--email", "grace@host.com");
        assertThat(user.exitCode()).as(user.err()).isZero();
        assertThat(admin.run("admin", "create-api-key", "--email", "grace@host.com").lastLine())
                .matches("phx_\\w{48,49}");
        assertThat(schemasWith(host, "burrow_schema_history")).containsExactly("public");
        assertThat(count(host, "flyway_schema_history")).as("the host's own history, untouched").isEqualTo(1);
        assertThat(embeddedUsers(host, null)).isEqualTo(1);
    }

    /** A host that gives burrow a schema of its own: {@code BURROW_SCHEMA} sends the commands there. */
    @Test
    void the_commands_work_in_the_schema_an_embedded_burrow_was_given(@TempDir Path host) throws SQLException {
        embed(host, "burrow");
        CommandLine admin = new CommandLine(Map.of("BURROW_DATA_DIR", host.toString(), "BURROW_SCHEMA", "burrow"));

        CommandLine.Result user = admin.run("admin", "create-user", "--email", "grace@host.com");
        assertThat(user.exitCode()).as(user.err()).isZero();
        assertThat(admin.run("admin", "create-api-key", "--email", "grace@host.com").lastLine())
                .matches("phx_\\w{48,49}");
        // Nothing of burrow's went to the host's default schema.
        assertThat(schemasWith(host, "users")).containsExactly("burrow");
        assertThat(schemasWith(host, "flyway_schema_history")).isEmpty();
        assertThat(embeddedUsers(host, "burrow")).isEqualTo(1);

        assertRefused(new CommandLine(Map.of("BURROW_DATA_DIR", host.toString(), "BURROW_SCHEMA", "Burrow"))
                .run("admin", "create-user", "--email", "x@host.com"),
                "error: BURROW_SCHEMA must be a plain lower-case SQL name, got 'Burrow'");
    }

    /** Builds burrow over the H2 file in {@code directory} as a host would (in {@code schema}, or the default). */
    private static Burrow embedded(HikariDataSource dataSource, String schema) {
        Burrow.Builder builder = Burrow.builder(dataSource);
        return (schema == null ? builder : builder.schema(schema)).build();
    }

    @Test
    void rotating_the_reset_secret_keeps_the_one_before_for_checking(@TempDir Path dir) throws SQLException {
        CommandLine admin = new CommandLine(Map.of("BURROW_DATA_DIR", dir.toString()));

        CommandLine.Result first = admin.run("admin", "rotate-reset-secret");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.lastLine()).startsWith("password reset links are signed with a new secret");
        List<String> once = resetSecrets(dir);
        assertThat(admin.run("admin", "rotate-reset-secret").exitCode()).isZero();
        List<String> twice = resetSecrets(dir);

        assertThat(once.get(0)).isNotNull().isNotEqualTo(once.get(1));
        assertThat(twice.get(1)).isEqualTo(once.get(0));
        assertThat(twice.get(0)).isNotIn(once);
    }

    /** The current and the previous reset secret, as stored. */
    private static List<String> resetSecrets(Path directory) throws SQLException {
        try (HikariDataSource dataSource = DataSources.pool(DataSources.h2File(directory), 1);
             Connection connection = dataSource.getConnection();
             ResultSet rows = connection.createStatement().executeQuery("select current_secret, previous_secret "
                     + "from signing_secrets where purpose = 'password_reset'")) {
            assertThat(rows.next()).isTrue();
            return java.util.Arrays.asList(rows.getString(1), rows.getString(2));
        }
    }

    private static void embed(Path directory, String schema) {
        try (HikariDataSource dataSource = DataSources.pool(DataSources.h2File(directory), 2);
             Burrow burrow = embedded(dataSource, schema)) {
            assertThat(burrow.readiness().check().ready()).isTrue();
        }
    }

    /** How many users the embedded burrow keeps, after it made a key of its own for the user the commands made. */
    private static long embeddedUsers(Path directory, String schema) throws SQLException {
        try (HikariDataSource dataSource = DataSources.pool(DataSources.h2File(directory), 2);
             Burrow burrow = embedded(dataSource, schema)) {
            burrow.provisioning().createApiKey("grace@host.com", List.of("user:read"), "from the host");
            try (Connection connection = dataSource.getConnection();
                 ResultSet rows = connection.createStatement().executeQuery(
                         "select count(*) from " + (schema == null ? "" : schema + ".") + "users")) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static void execute(Path directory, String sql) throws SQLException {
        try (HikariDataSource dataSource = DataSources.pool(DataSources.h2File(directory), 1);
             Connection connection = dataSource.getConnection()) {
            connection.createStatement().execute(sql);
        }
    }

    private static long count(Path directory, String table) throws SQLException {
        try (HikariDataSource dataSource = DataSources.pool(DataSources.h2File(directory), 1);
             Connection connection = dataSource.getConnection();
             ResultSet rows = connection.createStatement().executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** The schemas of the H2 file in {@code directory} that hold a table of that name (H2's own left out). */
    private static List<String> schemasWith(Path directory, String name) throws SQLException {
        try (HikariDataSource dataSource = DataSources.pool(DataSources.h2File(directory), 1);
             Connection connection = dataSource.getConnection();
             ResultSet tables = connection.getMetaData().getTables(null, null, name, null)) {
            List<String> schemas = new ArrayList<>();
            while (tables.next()) {
                String schema = tables.getString("TABLE_SCHEM");
                if (!schema.equalsIgnoreCase("information_schema")) {
                    schemas.add(schema);
                }
            }
            return schemas;
        }
    }

    private static void assertRefused(CommandLine.Result result, String line) {
        assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(2);
        assertThat(result.err()).isEqualTo(line + System.lineSeparator());
        assertThat(result.out()).isEmpty();
    }
}
