package com.example.host;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The host over HTTP, as its users meet it: its own route beside burrow's, under the prefix. */
class HostAppTest {

    private static final String NOT_FOUND =
            "{\"type\":\"invalid_request\",\"code\":\"not_found\",\"detail\":\"Endpoint not found.\",\"attr\":null}";

    private final HttpClient client = HttpClient.newHttpClient();
    private final HostMailer mailer = new HostMailer();
    private HikariDataSource dataSource;
    private HostApp host;
    private String base;

    @BeforeEach
    void start() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:mem:host-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        dataSource = new HikariDataSource(config);
        host = HostApp.start(dataSource, mailer, 0);
        base = "http://localhost:" + host.port();
    }

    @AfterEach
    void stop() {
        host.close();
        dataSource.close();
    }

    @Test
    void the_hosts_own_route_answers() throws Exception {
        HttpResponse<String> hello = send(request("/hello"));
        assertEquals(200, hello.statusCode());
        assertEquals("hello from the host", hello.body());
    }

    @Test
    void the_quickstarts_key_reads_its_user_under_the_prefix() throws Exception {
        HttpResponse<String> me = send(request(HostApp.PREFIX + "/api/users/@me/")
                .header("Authorization", "Bearer " + host.firstKey()));
        assertEquals(200, me.statusCode(), me.body());
        assertTrue(me.body().contains("\"email\":\"ada@acme.com\""), me.body());
        assertTrue(me.body().contains("\"first_name\":\"Ada\""), me.body());
        assertTrue(me.body().contains("\"name\":\"Acme\""), me.body());
    }

    @Test
    void burrows_mail_goes_through_the_hosts_mailer() throws Exception {
        // An address is changed from a session (PostHog refuses it to keys): log in as the quickstart's user.
        HttpResponse<String> login = send(request(HostApp.PREFIX + "/api/login/")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"email\": \"ada@acme.com\", \"password\": \"a long passphrase\"}")));
        assertEquals(200, login.statusCode(), login.body());
        String session = cookie(login, "sessionid");
        String csrf = cookie(login, "posthog_csrftoken");

        HttpResponse<String> patched = send(request(HostApp.PREFIX + "/api/users/@me/")
                .header("Cookie", "sessionid=" + session + "; posthog_csrftoken=" + csrf)
                .header("X-CSRFToken", csrf)
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"email\": \"ada@example.org\"}")));
        assertEquals(200, patched.statusCode(), patched.body());
        assertEquals(List.of("ada@example.org"), mailer.outbox().stream().map(email -> email.to()).toList());
    }

    private static String cookie(HttpResponse<String> response, String name) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(header -> header.startsWith(name + "="))
                .map(header -> header.substring(name.length() + 1, header.indexOf(';')))
                .findFirst().orElseThrow(() -> new AssertionError("no cookie " + name));
    }

    @Test
    void a_wrong_method_under_the_prefix_gets_posthogs_answers() throws Exception {
        HttpResponse<String> anonymous = send(request(HostApp.PREFIX + "/api/users/@me/")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertEquals(401, anonymous.statusCode());
        assertEquals("{\"type\":\"authentication_error\",\"code\":\"not_authenticated\","
                + "\"detail\":\"Authentication credentials were not provided.\",\"attr\":null}", anonymous.body());

        HttpResponse<String> keyed = send(request(HostApp.PREFIX + "/api/users/@me/")
                .header("Authorization", "Bearer " + host.firstKey())
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertEquals(405, keyed.statusCode());
        assertEquals("{\"type\":\"invalid_request\",\"code\":\"method_not_allowed\","
                + "\"detail\":\"Method \\\"POST\\\" not allowed.\",\"attr\":null}", keyed.body());
    }

    @Test
    void an_unknown_path_under_the_prefix_gets_posthogs_404_and_the_hosts_stay_its_own() throws Exception {
        for (String path : List.of(HostApp.PREFIX + "/api/nothing/", HostApp.PREFIX + "/api/users/@me/nothing/")) {
            HttpResponse<String> unknown = send(request(path)
                    .header("Authorization", "Bearer " + host.firstKey()));
            assertEquals(404, unknown.statusCode(), path);
            assertEquals(NOT_FOUND, unknown.body(), path);
        }
        HttpResponse<String> hosts = send(request("/nothing/"));
        assertEquals(404, hosts.statusCode());
        assertFalse(hosts.body().contains("Endpoint not found."), hosts.body());
    }

    @Test
    void the_hosts_flyway_history_and_burrows_coexist() throws SQLException {
        assertEquals(List.of("V1__host.sql"), column("SELECT script FROM public.flyway_schema_history"
                + " WHERE success AND version IS NOT NULL ORDER BY installed_rank"));
        List<String> burrows = column("SELECT script FROM burrow.burrow_schema_history"
                + " WHERE success AND version IS NOT NULL ORDER BY installed_rank");
        assertTrue(burrows.size() > 1, burrows.toString());
        assertTrue(burrows.get(0).startsWith("V1__"), burrows.toString());
        assertFalse(burrows.contains("V1__host.sql"), burrows.toString());
        assertEquals(List.of("1"), column("SELECT COUNT(*) FROM burrow.users"));
    }

    private List<String> column(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
