package dev.burrow.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.burrow.application.provisioning.Provisioning;
import dev.burrow.domain.organization.MembershipLevel;
import dev.burrow.domain.organization.Project;
import dev.burrow.domain.user.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The example host, over HTTP: its own routes, and burrow inside it reading the host's organizations. */
class HostAppTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newHttpClient();
    private final HostDirectory directory = new HostDirectory();
    private final HostSessions sessions = new HostSessions();
    private HikariDataSource dataSource;
    private HostApp host;
    private String base;

    @BeforeEach
    void start() {
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl("jdbc:h2:mem:host-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        dataSource = new HikariDataSource(pool);
        // The host's own tables, and a Flyway history of its own, are already there.
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.execute("create table host_orders (id bigint primary key, item varchar(100))");
            statement.execute("create table flyway_schema_history (installed_rank int primary key, note varchar(10))");
            statement.execute("insert into flyway_schema_history values (1, 'host')");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        host = new HostApp(dataSource, directory, sessions, "http://127.0.0.1").start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + host.port();
    }

    @AfterEach
    void stop() {
        host.close();
        dataSource.close();
    }

    @Test
    void the_host_serves_its_routes_and_burrow_serves_the_users_of_the_hosts_organizations() throws Exception {
        User ada = host.provisioning().createUser(new Provisioning.NewUser("ada@example.com",
                "correct horse battery staple", "Ada", "Lovelace", false));
        Project web = directory.addOrganization("Example Org", 1001, "Web");
        Project docs = directory.addOrganization("Docs Guild", 2002, "Docs");
        directory.addMember(web.organizationId(), ada.id(), MembershipLevel.OWNER);
        directory.addMember(docs.organizationId(), ada.id(), MembershipLevel.MEMBER);
        sessions.open("ada-session", ada.uuid());

        HttpResponse<String> home = send(HttpRequest.newBuilder(URI.create(base + "/")));
        assertThat(home.body()).isEqualTo("The host's own home page.");
        assertThat(JSON.readTree(send(HttpRequest.newBuilder(URI.create(base + "/status"))).body())
                .get("users_api_ready").asBoolean()).isTrue();

        JsonNode me = read(send(asAda(HostApp.PREFIX + "/api/users/@me/")));
        assertThat(me.get("email").asText()).isEqualTo("ada@example.com");
        assertThat(me.get("organization").get("name").asText()).isEqualTo("Example Org");
        assertThat(me.get("organization").get("membership_level").asInt()).isEqualTo(15);
        assertThat(me.get("team").get("id").asLong()).isEqualTo(1001);
        assertThat(me.get("organizations")).hasSize(2);

        // The host's project, which burrow's own tables know nothing of, becomes the current one.
        JsonNode moved = read(send(asAda(HostApp.PREFIX + "/api/users/@me/")
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"set_current_team\": 2002}"))));
        assertThat(moved.get("team").get("name").asText()).isEqualTo("Docs");
        assertThat(moved.get("organization").get("name").asText()).isEqualTo("Docs Guild");

        // burrow's own keys work beside the host's sessions.
        String key = host.provisioning().createApiKey("ada@example.com", List.of("user:read"), "ci").value();
        JsonNode keyed = read(send(HttpRequest.newBuilder(URI.create(base + HostApp.PREFIX + "/api/users/@me/"))
                .header("Authorization", "Bearer " + key)));
        assertThat(keyed.get("team").get("name").asText()).isEqualTo("Docs");

        HttpResponse<String> nobody = send(HttpRequest.newBuilder(
                URI.create(base + HostApp.PREFIX + "/api/users/@me/")));
        assertThat(nobody.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(nobody.body()).get("code").asText()).isEqualTo("not_authenticated");

        // Under the prefix, a wrong method and an unknown path get PostHog's answers; the host's own 404 stays.
        HttpResponse<String> wrongMethod = send(asAda(HostApp.PREFIX + "/api/users/@me/")
                .method("POST", HttpRequest.BodyPublishers.noBody()));
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(JSON.readTree(wrongMethod.body()).get("code").asText()).isEqualTo("method_not_allowed");
        HttpResponse<String> unknown = send(asAda(HostApp.PREFIX + "/api/nothing/"));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(unknown.body()).get("detail").asText()).isEqualTo("Endpoint not found.");
        HttpResponse<String> hosts = send(HttpRequest.newBuilder(URI.create(base + "/nothing/")));
        assertThat(hosts.statusCode()).isEqualTo(404);
        assertThat(hosts.body()).doesNotContain("Endpoint not found.");
    }

    @Test
    void a_private_project_of_the_hosts_reaches_only_its_organizations_admins() throws Exception {
        User ada = host.provisioning().createUser(new Provisioning.NewUser("ada@example.com",
                "correct horse battery staple", "Ada", "Lovelace", false));
        User root = host.provisioning().createUser(new Provisioning.NewUser("root@example.com",
                "correct horse battery staple", "Root", "Admin", false));
        Project web = directory.addOrganization("Example Org", 1001, "Web");
        Project secret = directory.addPrivateProject(web.organizationId(), 1000, "Secret");
        directory.addMember(web.organizationId(), ada.id(), MembershipLevel.MEMBER);
        directory.addMember(web.organizationId(), root.id(), MembershipLevel.ADMIN);
        sessions.open("ada-session", ada.uuid());
        sessions.open("root-session", root.uuid());

        HttpResponse<String> member = send(asAda(HostApp.PREFIX + "/api/users/@me/"));
        JsonNode me = read(member);
        assertThat(me.get("team").get("id").asLong()).isEqualTo(1001);
        assertThat(me.get("organization").get("teams")).hasSize(1);
        assertThat(member.body()).doesNotContain(secret.apiToken());
        HttpResponse<String> refused = send(asAda(HostApp.PREFIX + "/api/users/@me/")
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"set_current_team\": 1000}")));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);

        JsonNode admin = read(send(HttpRequest.newBuilder(URI.create(base + HostApp.PREFIX + "/api/users/@me/"))
                .header("Cookie", HostSessions.COOKIE + "=root-session")));
        assertThat(admin.get("team").get("id").asLong()).isEqualTo(1000);
        assertThat(admin.get("organization").get("teams")).hasSize(2);
    }

    private HttpRequest.Builder asAda(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Cookie", HostSessions.COOKIE + "=ada-session");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode read(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
