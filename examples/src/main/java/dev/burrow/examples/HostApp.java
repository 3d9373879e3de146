package dev.burrow.examples;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.burrow.application.provisioning.Provisioning;
import dev.burrow.domain.organization.MembershipLevel;
import dev.burrow.domain.organization.Project;
import dev.burrow.domain.user.User;
import dev.burrow.embedded.Burrow;
import io.javalin.Javalin;

import javax.sql.DataSource;
import java.util.Map;
import java.util.UUID;

/**
 * A host service with burrow inside: a Javalin app with routes of its own, its own organizations ({@link
 * HostDirectory}) and sessions ({@link HostSessions}), and burrow's Users API mounted under {@link #PREFIX}.
 */
public final class HostApp implements AutoCloseable {

    public static final String PREFIX = "/users-api";

    private final Burrow burrow;
    private final Javalin app;

    public HostApp(DataSource dataSource, HostDirectory directory, HostSessions sessions, String siteUrl) {
        this.burrow = Burrow.builder(dataSource)
                .siteUrl(siteUrl)
                .organizations(directory)
                .hostAuthentication(sessions, true)
                .build();
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.get("/", ctx -> ctx.result("The host's own home page."));
            config.routes.get("/status", ctx -> ctx.json(Map.of("service", "example host",
                    "users_api_ready", burrow.readiness().check().ready())));
            config.registerPlugin(burrow.plugin(PREFIX));
        });
    }

    public HostApp start(String host, int port) {
        app.start(host, port);
        return this;
    }

    public int port() {
        return app.port();
    }

    public Provisioning provisioning() {
        return burrow.provisioning();
    }

    @Override
    public void close() {
        app.stop();
        burrow.close();
    }

    /** Runs the example on port 7070 over an in-memory H2 database, with one user logged in to the host. */
    public static void main(String[] args) {
        HikariConfig pool = new HikariConfig();
        // burrow's H2 settings: PostgreSQL mode, lower-case names, nulls last.
        pool.setJdbcUrl("jdbc:h2:mem:example;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
                + "DB_CLOSE_DELAY=-1");
        HikariDataSource dataSource = new HikariDataSource(pool);
        HostDirectory directory = new HostDirectory();
        HostSessions sessions = new HostSessions();
        HostApp host = new HostApp(dataSource, directory, sessions, "http://localhost:7070").start("127.0.0.1", 7070);
        User ada = host.provisioning().createUser(new Provisioning.NewUser("ada@example.com",
                "correct horse battery staple", "Ada", "Lovelace", false));
        Project web = directory.addOrganization("Example Org", 1001, "Web");
        directory.addMember(web.organizationId(), ada.id(), MembershipLevel.OWNER);
        String token = UUID.randomUUID().toString();
        sessions.open(token, ada.uuid());
        System.out.println("curl --cookie " + HostSessions.COOKIE + "=" + token + " http://localhost:7070"
                + PREFIX + "/api/users/@me/");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            host.close();
            dataSource.close();
        }));
    }
}
