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
        // The key, its holder and the whole profile in one row, on H2 as on PostgreSQL (ProfileStatement).
        assertThat(counted(withKey(key, "/api/users/@me/"), 200)).hasSize(1);
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
        // The session, its user and the whole profile in one row, on H2 as on PostgreSQL (ProfileStatement).
        assertThat(counted(request("/api/users/@me/").header("Cookie", "sessionid=" + session), 200))
                .hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void patch_me_locks_updates_commits_and_reads_the_answer(String database) {
        start(database);
        List<StatementCounter.Trip> trips = counted(withKey(key, "/api/users/@me/")
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"first_name\": \"Augusta\"}")), 200);
        assertLean(trips);
        // The caller as authentication read them, the update over that version (committing as it runs: nothing
        // is stored beside it), the answer.
        assertThat(trips).as("%s", trips).filteredOn(StatementCounter.Trip::isCommit).isEmpty();
        assertThat(trips).as("%s", trips).hasSize(3);
    }

    // Issue 15, the writes a PostHog client makes most: each the least the database needs, no savepoint, and the
    // caller's row locked only when another change got in between (UserChanges.saveAsRead).

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void patch_me_with_several_fields_is_one_update(String database) {
        start(database);
        List<StatementCounter.Trip> trips = counted(patch(withKey(key, "/api/users/@me/"), "{\"first_name\": \"A\", "
                + "\"last_name\": \"B\", \"theme_mode\": \"dark\", \"toolbar_mode\": \"toolbar\", "
                + "\"hedgehog_config\": {\"color\": \"blue\"}, "
                + "\"notification_settings\": {\"plugin_disabled\": false}, \"anonymize_data\": true}"), 200);
        assertLean(trips);
        assertThat(trips).as("%s", trips).hasSize(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void a_password_change_updates_and_ends_the_other_sessions_in_one_transaction(String database) {
        start(database);
        String[] browser = logIn();
        logIn();
        List<StatementCounter.Trip> trips = counted(patch(inSession(browser, "/api/users/@me/"),
                "{\"password\": \"another long passphrase\", \"current_password\": \"" + PASSWORD + "\"}"), 200);
        assertLean(trips);
        // The password check's throttle commits on its own (a wrong password must stay counted), then the update
        // and the ending of the other sessions commit together.
        assertThat(trips).as("%s", trips).filteredOn(StatementCounter.Trip::isCommit).hasSize(2);
        assertThat(trips).as("%s", trips).filteredOn(trip -> !trip.isCommit()).hasSize(7);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void a_hedgehog_config_is_one_update(String database) {
        start(database);
        List<StatementCounter.Trip> trips = counted(patch(withKey(key, "/api/users/@me/hedgehog_config/"),
                "{\"color\": \"green\"}"), 200);
        assertLean(trips);
        assertThat(trips).as("%s", trips).hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void a_scene_personalisation_is_counted(String database) {
        start(database);
        String[] browser = logIn();
        HttpResponse<String> me = send(inSession(browser, "/api/users/@me/"));
        var project = new dev.burrow.domain.organization.ProjectId(Http.read(me).path("team").path("id").asLong());
        long dashboard = burrow.provisioning().createDashboard(project, "Home").id().value();
        List<StatementCounter.Trip> trips = counted(inSession(browser, "/api/users/@me/scene_personalisation/")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"scene\": \"Home\", \"dashboard\": " + dashboard + "}")), 200);
        assertLean(trips);
        assertThat(trips).as("%s", trips).hasSize(6);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void a_login_is_counted(String database) {
        start(database);
        // The first login of the process keeps house (once a minute) and creates the address's bucket.
        logIn();
        List<StatementCounter.Trip> trips = counted(request("/api/login/").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"email\": \"ada@acme.com\", \"password\": \"" + PASSWORD + "\"}")), 200);
        assertLean(trips);
        assertThat(trips).as("%s", trips).hasSize(27);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void a_logout_is_counted(String database) {
        start(database);
        String[] browser = logIn();
        List<StatementCounter.Trip> trips = counted(inSession(browser, "/api/logout/")
                .POST(HttpRequest.BodyPublishers.noBody()), 200);
        assertLean(trips);
        // The session with its user, in one join; the delete.
        assertThat(trips).as("%s", trips).hasSize(2);
    }

    private static void assertLean(List<StatementCounter.Trip> trips) {
        assertThat(trips).as("%s", trips).filteredOn(trip -> trip.what().contains("SAVEPOINT")).isEmpty();
        assertThat(trips).as("%s", trips).filteredOn(trip -> trip.what().equals("ROLLBACK")).isEmpty();
    }

    /** A fresh login: the session and its CSRF secret. */
    private String[] logIn() {
        HttpResponse<String> login = send(request("/api/login/").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"email\": \"ada@acme.com\", \"password\": \"" + PASSWORD + "\"}")));
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        return new String[] {Http.cookie(login, "sessionid"), Http.cookie(login, "posthog_csrftoken")};
    }

    private HttpRequest.Builder inSession(String[] browser, String path) {
        return request(path).header("Cookie", "sessionid=" + browser[0] + "; posthog_csrftoken=" + browser[1])
                .header("X-CSRFToken", browser[1]);
    }

    private static HttpRequest.Builder patch(HttpRequest.Builder request, String body) {
        return request.header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body));
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void a_page_of_users_costs_a_fixed_number_of_statements(String database) {
        start(database);
        assertThat(counted(withKey(staffKey, "/api/users/?limit=100"), 200)).hasSize(9);
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
