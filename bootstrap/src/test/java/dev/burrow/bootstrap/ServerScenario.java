package dev.burrow.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a newcomer does, start to finish, against whatever database the environment names: start the server,
 * read the printed key, call {@code @me}, provision with the admin commands, call again as the new user, restart.
 */
final class ServerScenario {

    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        private final Http http = new Http();
    private final CommandLine cli;

    ServerScenario(Map<String, String> env) {
        this.cli = new CommandLine(env);
    }

    void play() {
        CommandLine.Result serve = cli.run("serve");
        assertThat(serve.exitCode()).as(serve.err()).isZero();
        Application server = serve.outcome().server();
        try {
            String adminKey = serve.printed("API key:");
            assertThat(serve.printed("email:")).isEqualTo("admin@example.com");
            assertThat(serve.printed("password:")).isEqualTo("(set from BURROW_ADMIN_PASSWORD)");
            assertThat(serve.out()).doesNotContain("first start password");

            JsonNode admin = get(server.port(), "/api/users/@me/", adminKey);
            assertThat(admin.get("email").asText()).isEqualTo("admin@example.com");
            assertThat(admin.get("is_staff").asBoolean()).isTrue();
            assertThat(admin.get("organization").get("name").asText()).isEqualTo("burrow");
            assertThat(admin.get("organization").get("membership_level").asInt()).isEqualTo(15);
            assertThat(admin.get("team").get("name").asText()).isEqualTo("Default project");
            assertThat(admin.get("has_password").asBoolean()).isTrue();

            String organization = cli.run("admin", "create-organization", "--name", "Acme").lastLine();
            assertThat(organization).matches(UUID);
            String project = cli.run("admin", "create-project", "--organization", organization, "--name", "Web")
                    .lastLine();
            assertThat(project).matches("\\d+");
            String user = cli.runWithInput("correct horse battery\n", "admin", "create-user", "--email",
                    "ada@acme.com", "--password-stdin", "--first-name", "Ada", "--last-name", "Lovelace").lastLine();
            assertThat(user).matches(UUID);
            assertThat(cli.run("admin", "add-member", "--organization", organization, "--email", "ada@acme.com",
                    "--level", "admin").exitCode()).isZero();
            String key = cli.run("admin", "create-api-key", "--email", "ada@acme.com", "--scopes",
                    "user:read", "--label", "ci").lastLine();
            assertThat(key).startsWith("phx_");

            JsonNode ada = get(server.port(), "/api/users/@me", key);
            assertThat(ada.get("uuid").asText()).isEqualTo(user);
            assertThat(ada.get("first_name").asText()).isEqualTo("Ada");
            assertThat(ada.get("is_staff").asBoolean()).isFalse();
            assertThat(ada.get("organization").get("id").asText()).isEqualTo(organization);
            assertThat(ada.get("organization").get("membership_level").asInt()).isEqualTo(8);
            assertThat(ada.get("team").get("id").asText()).isEqualTo(project);
            assertThat(get(server.port(), "/api/users/?limit=1", adminKey).get("count").asInt()).isEqualTo(2);

            // A person: log in with the password, then make a key from the browser session.
            HttpResponse<String> login = http.send(HttpRequest.newBuilder()
                    .uri(URI.create("http://127.0.0.1:" + server.port() + "/api/login/"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"email\": \"admin@example.com\", \"password\": \"first start password\"}")));
            assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
            // Ada's password came from standard input, without its line ending.
            HttpResponse<String> adas = http.send(HttpRequest.newBuilder()
                    .uri(URI.create("http://127.0.0.1:" + server.port() + "/api/login/"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"email\": \"ada@acme.com\", \"password\": \"correct horse battery\"}")));
            assertThat(adas.statusCode()).as(adas.body()).isEqualTo(200);
            String session = Http.cookie(login, "sessionid");
            String csrf = Http.cookie(login, "posthog_csrftoken");
            HttpResponse<String> created = http.send(asBrowser(server.port(), "/api/personal_api_keys/", session, csrf,
                    "{\"label\": \"laptop\", \"scopes\": [\"user:read\"]}"));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            String made = Http.read(created).get("value").asText();
            assertThat(get(server.port(), "/api/users/@me/", made).get("email").asText())
                    .isEqualTo("admin@example.com");

            // The user's own settings: a dashboard pinned to a scene, signal autonomy, the hedgehog.
            String dashboard = cli.run("admin", "create-dashboard", "--project", admin.get("team").get("id").asText(),
                    "--name", "People").lastLine();
            HttpResponse<String> pinned = http.send(asBrowser(server.port(), "/api/users/@me/scene_personalisation/",
                    session, csrf, "{\"scene\": \"Person\", \"dashboard\": " + dashboard + "}"));
            assertThat(pinned.statusCode()).as(pinned.body()).isEqualTo(200);
            assertThat(get(server.port(), "/api/users/@me/", adminKey).get("scene_personalisation").toString())
                    .isEqualTo("[{\"scene\":\"Person\",\"dashboard\":" + dashboard + "}]");
            HttpResponse<String> autonomy = http.send(withKey(server.port(), "/api/users/@me/signal_autonomy/",
                    adminKey)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"autostart_priority\": \"P1\"}")));
            assertThat(autonomy.statusCode()).as(autonomy.body()).isEqualTo(200);
            assertThat(get(server.port(), "/api/users/@me/signal_autonomy/", adminKey).get("autostart_priority")
                    .asText()).isEqualTo("P1");
            HttpResponse<String> hedgehog = http.send(withKey(server.port(), "/api/users/@me/hedgehog_config/",
                    adminKey)
                    .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"color\": \"green\"}")));
            assertThat(hedgehog.statusCode()).as(hedgehog.body()).isEqualTo(200);
            assertThat(get(server.port(), "/api/users/@me/hedgehog_config/", adminKey).toString())
                    .isEqualTo("{\"color\":\"green\"}");
        } finally {
            server.close();
        }

        CommandLine.Result again = cli.run("serve");
        assertThat(again.exitCode()).as(again.err()).isZero();
        try {
            assertThat(again.out()).doesNotContain("API key:");
        } finally {
            again.outcome().server().close();
        }
    }

    private JsonNode get(int port, String path, String key) {
        HttpResponse<String> response = http.send(withKey(port, path, key));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.read(response);
    }

    private static HttpRequest.Builder withKey(int port, String path, String key) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/json");
    }

    /** A JSON POST from a logged-in browser, with its cookies and CSRF token. */
    private static HttpRequest.Builder asBrowser(int port, String path, String session, String csrf, String body) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .header("Cookie", "sessionid=" + session + "; posthog_csrftoken=" + csrf)
                .header("X-CSRFToken", csrf)
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }



}
