package dev.burrow.embedded;

import dev.burrow.application.provisioning.Provisioning;
import dev.burrow.domain.failure.InvalidInputException;
import dev.burrow.domain.user.User;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * burrow as a host meets it: this module's test classpath is what burrow-embedded brings a host, plus H2 as the
 * host's own driver (no pool: a plain H2 DataSource), and the host already has a {@code users} table of its own.
 */
class OnTheHostsClasspathTest {

    private JdbcDataSource dataSource;

    @BeforeEach
    void hostsDatabase() throws SQLException {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:host_" + UUID.randomUUID().toString().replace("-", "")
                + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        execute("create table users (id bigint primary key, login varchar(50) not null)");
        execute("insert into users values (1, 'host-admin')");
    }

    @AfterEach
    void dropIt() throws SQLException {
        execute("shutdown");
    }

    @Test
    void burrow_brings_no_driver_pool_smtp_client_or_cockroachdb_support() {
        for (String type : List.of("org.postgresql.Driver", "com.zaxxer.hikari.HikariDataSource",
                "jakarta.mail.Session", "org.flywaydb.database.cockroachdb.CockroachDBDatabaseType")) {
            assertThatThrownBy(() -> Class.forName(type)).as(type).isInstanceOf(ClassNotFoundException.class);
        }
    }

    @Test
    void in_a_schema_of_its_own_burrow_runs_beside_the_hosts_tables_of_the_same_names() throws SQLException {
        try (Burrow burrow = Burrow.builder(dataSource).schema("burrow").hashingThreads(1).build()) {
            assertThat(burrow.readiness().check().schema()).isTrue();
            Provisioning.NewUser ada = new Provisioning.NewUser("ada@example.com", "correct horse battery staple",
                    "Ada", "Lovelace", false);
            User created = burrow.provisioning().createUser(ada);
            assertThat(created.email().value()).isEqualTo("ada@example.com");
            // A unique violation read on H2 alone, without PostgreSQL's driver to look at.
            assertThatThrownBy(() -> burrow.provisioning().createUser(ada))
                    .isInstanceOf(InvalidInputException.class);
        }
        assertThat(count("burrow.users")).isEqualTo(1);
        assertThat(count("users")).isEqualTo(1);
    }

    @Test
    void without_a_schema_a_name_clash_says_which_option_avoids_it() {
        assertThatThrownBy(() -> Burrow.builder(dataSource).hashingThreads(1).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("users")
                .hasMessageContaining(".schema(\"burrow\")");
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private long count(String table) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
