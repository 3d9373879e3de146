package com.example.host;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.burrow.application.provisioning.Provisioning;
import dev.burrow.domain.organization.MembershipLevel;
import dev.burrow.domain.organization.Organization;
import dev.burrow.embedded.Burrow;
import io.javalin.Javalin;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * A host service written from burrow's README: its own Flyway migrations with Flyway's defaults, its own route, its
 * own {@link HostMailer}, and burrow mounted under {@link #PREFIX} with the quickstart's first user and key.
 */
public final class HostApp implements AutoCloseable {

    public static final String PREFIX = "/users-api";

    private final Burrow burrow;
    private final Javalin app;
    private final String key;

    private HostApp(Burrow burrow, Javalin app, String key) {
        this.burrow = burrow;
        this.app = app;
        this.key = key;
    }

    public static HostApp start(DataSource dataSource, HostMailer mailer, int port) {
        Flyway.configure().dataSource(dataSource).load().migrate();  // the host's own, all defaults

        // The README's quickstart, with the host's mailer.
        Burrow burrow = Burrow.builder(dataSource).schema("burrow").mailer(mailer).build();
        Provisioning provisioning = burrow.provisioning();

        Organization acme = provisioning.createOrganization("Acme");
        provisioning.createProject(acme.id(), "Web");

        provisioning.createUser(
                new Provisioning.NewUser("ada@acme.com", "a long passphrase", "Ada", "Lovelace", true));
        provisioning.addMember(acme.id(), "ada@acme.com", MembershipLevel.OWNER);

        String key = provisioning.createApiKey("ada@acme.com", List.of("user:read", "user:write"), "first key")
                .value();

        Javalin app = Javalin.create(config -> {
            config.routes.get("/hello", ctx -> ctx.result(greeting(dataSource)));
            config.registerPlugin(burrow.plugin(PREFIX));
        }).start(port);
        return new HostApp(burrow, app, key);
    }

    private static String greeting(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT message FROM greetings WHERE id = 1")) {
            row.next();
            return row.getString(1);
        }
    }

    public int port() {
        return app.port();
    }

    /** The quickstart's first key: shown once, kept by the host. */
    public String firstKey() {
        return key;
    }

    @Override
    public void close() {
        app.stop();
        burrow.close();
    }

    public static void main(String[] args) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:mem:host;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
                + "DB_CLOSE_DELAY=-1");
        HostApp host = start(new HikariDataSource(config), new HostMailer(), 8080);
        System.out.println("first key: " + host.firstKey());
    }
}
