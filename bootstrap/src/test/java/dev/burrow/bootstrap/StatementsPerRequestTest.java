package dev.burrow.bootstrap;

import dev.burrow.application.provisioning.Provisioning;
import dev.burrow.domain.organization.MembershipLevel;
import dev.burrow.domain.organization.Organization;
import dev.burrow.embedded.Burrow;
import dev.burrow.jdbc.testing.StatementCounter;
import dev.burrow.jdbc.testing.TestStorage;
import io.javalin.Javalin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What each hot route costs the database, counted beneath burrow's real storage on H2 and on PostgreSQL: a read is
 * one round trip, a write the least the database needs. A change that adds a round trip fails here, not in a
 * benchmark. The key uses written behind, once a second on their own thread, are not the request's.
 */
class StatementsPerRequestTest {

    private static final String PASSWORD = "a long passphrase";

    private TestStorage storage;
    private Burrow burrow;
    private Javalin app;
    private StatementCounter counter;
    private String key;
    private String staffKey;
    private final Http http = new Http();

    void start(String database) {
        storage = database.equals("h2") ? TestStorage.h2() : TestStorage.postgres();
        counter = new StatementCounter(storage.dataSource());
        burrow = Burrow.builder(counter.dataSource()).migrate(false).build();
        Provisioning provisioning = burrow.provisioning();
        Organization acme = provisioning.createOrganization("Acme");
        provisioning.createProject(acme.id(), "Web");
        provisioning.createUser(new Provisioning.NewUser("ada@acme.com", PASSWORD, "Ada", "Lovelace", false));
        provisioning.addMember(acme.id(), "ada@acme.com", MembershipLevel.ADMIN);
        provisioning.createUser(new Provisioning.NewUser("root@acme.com", null, "Root", "", true));
        provisioning.addMember(acme.id(), "root@acme.com", MembershipLevel.OWNER);
        key = provisioning.createApiKey("ada@acme.com", List.of("user:read", "user:write"), "k").value();
        staffKey = provisioning.createApiKey("root@acme.com", List.of("user:read"), "k").value();
        app = Javalin.create(config -> config.registerPlugin(burrow.plugin(""))).start(0);
        // The first answers set the current organization and project, and the keys' first uses: not what the
        // counted requests do.
        assertThat(send(withKey(key, "/api/users/@me/")).statusCode()).isEqualTo(200);
        assertThat(send(withKey(staffKey, "/api/users/@me/")).statusCode()).isEqualTo(200);
    }

    @AfterEach
    void stop() {
        if (app != null) {
            app.stop();
        }
        if (burrow != null) {
            burrow.close();
        }
        if (storage != null) {
            storage.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void get_me_by_key_is_one_round_trip(String database) {
        start(database);
        // H2 still reads the profile one port after another: it plans the one statement badly (JdbiProfileReads).
        assertThat(counted(withKey(key, "/api/users/@me/"), 200)).hasSize(onPostgres(database) ? 1 : 6);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void get_me_by_session_is_one_round_trip(String database) {
        start(database);
        HttpResponse<String> login = send(request("/api/login/").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"email\": \"ada@acme.com\", \"password\": \"" + PASSWORD + "\"}")));
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        String session = Http.cookie(login, "sessionid");
        assertThat(counted(request("/api/users/@me/").header("Cookie", "sessionid=" + session), 200))
                .hasSize(onPostgres(database) ? 1 : 7);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void patch_me_locks_updates_commits_and_reads_the_answer(String database) {
        start(database);
        List<StatementCounter.Trip> trips = counted(withKey(key, "/api/users/@me/")
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"first_name\": \"Augusta\"}")), 200);
        assertThat(trips).as("%s", trips).filteredOn(StatementCounter.Trip::isCommit).hasSize(1);
        assertThat(trips).as("%s", trips).filteredOn(trip -> trip.what().contains("SAVEPOINT")).isEmpty();
        assertThat(trips).as("%s", trips).filteredOn(trip -> !trip.isCommit())
                .hasSize(onPostgres(database) ? 4 : 8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void a_page_of_users_costs_a_fixed_number_of_statements(String database) {
        start(database);
        assertThat(counted(withKey(staffKey, "/api/users/?limit=100"), 200)).hasSize(2);
    }

    // The list and the user object by UUID (issue 15, one-statement-reads): the key, then one statement.
    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void a_deep_page_of_users_costs_the_same_statements(String database) {
        start(database);
        assertThat(counted(withKey(staffKey, "/api/users/?limit=1&offset=1"), 200)).hasSize(2);
        assertThat(counted(withKey(staffKey, "/api/users/?limit=100&offset=5000"), 200)).hasSize(2);
        assertThat(counted(withKey(staffKey, "/api/users/?limit=100&email=ada@acme.com"), 200)).hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void a_user_by_uuid_is_the_key_and_one_statement(String database) {
        start(database);
        java.util.regex.Matcher uuid = java.util.regex.Pattern.compile("\"uuid\": ?\"([0-9a-f-]{36})\"")
                .matcher(send(withKey(key, "/api/users/@me/")).body());
        assertThat(uuid.find()).isTrue();
        assertThat(counted(withKey(staffKey, "/api/users/" + uuid.group(1) + "/"), 200)).hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void an_unknown_key_is_one_round_trip(String database) {
        start(database);
        assertThat(counted(withKey("phx_" + "x".repeat(43), "/api/users/@me/"), 401)).hasSize(1);
    }

    private static boolean onPostgres(String database) {
        return database.equals("postgresql");
    }

    /** The round trips the request made, after checking its status. */
    private List<StatementCounter.Trip> counted(HttpRequest.Builder request, int status) {
        counter.take(trip -> true);
        HttpResponse<String> response = send(request);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        List<StatementCounter.Trip> trips = counter.take(trip -> !trip.thread().equals("burrow-key-uses"));
        return trips;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        return http.send(request);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path));
    }

    private HttpRequest.Builder withKey(String key, String path) {
        return request(path).header("Authorization", "Bearer " + key);
    }
}
