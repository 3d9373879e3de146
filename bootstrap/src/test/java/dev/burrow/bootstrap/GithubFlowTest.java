package dev.burrow.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import dev.burrow.github.testing.GithubStub;
import dev.burrow.jdbc.testing.EmbeddedPostgresServer;
import dev.burrow.jdbc.testing.PostgresDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A GitHub link from start to finish through the real server, its real GitHub client and a stub GitHub that speaks
 * GitHub's JSON: start, the way back from GitHub, the list, repositories searched and paged, the GitHub login, and
 * unlinking, which uninstalls the App.
 */
class GithubFlowTest {

    private static final String SITE = "http://burrow.test";
    private static final String PASSWORD = "first start password";
    
    private final Http http = new Http();
    private GithubStub github;

    @BeforeEach
    void startGithub() {
        github = GithubStub.start();
        github.repositories(42, 250)
                .repository(42, "{\"id\": \"not a number\", \"name\": \"broken\", \"full_name\": \"octo-42/broken\"}")
                .oauthCode("c0de", "ada-gh",
                        List.of(GithubStub.installationJson(42, "posthog", "Organization", "selected")));
    }

    @AfterEach
    void stopGithub() {
        github.close();
    }

    @Test
    void on_the_embedded_h2_file(@TempDir Path data) throws Exception {
        play(env("BURROW_DATA_DIR", data.toString()));
    }

    @Test
    void on_postgresql() throws Exception {
        try (PostgresDatabase database = EmbeddedPostgresServer.shared().emptyDatabase()) {
            play(env("DATABASE_URL", database.databaseUrl()));
        }
    }

    private void play(Map<String, String> env) throws Exception {
        CommandLine.Result serve = new CommandLine(env).run("serve");
        assertThat(serve.exitCode()).as(serve.err()).isZero();
        Application server = serve.outcome().server();
        try {
            String base = "http://127.0.0.1:" + server.port();
            String key = serve.printed("API key:");
            HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "/api/login/"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                            "{\"email\": \"admin@burrow.local\", \"password\": \"" + PASSWORD + "\"}")));
            assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
            String session = Http.cookie(login, "sessionid");
            String csrf = Http.cookie(login, "posthog_csrftoken");

            HttpResponse<String> started = http.send(HttpRequest.newBuilder(
                            URI.create(base + "/api/users/@me/integrations/github/start/"))
                    .header("Content-Type", "application/json")
                    .header("Cookie", "sessionid=" + session + "; posthog_csrftoken=" + csrf)
                    .header("X-CSRFToken", csrf).POST(HttpRequest.BodyPublishers.ofString("{}")));
            assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
            JsonNode start = Http.read(started);
            assertThat(start.get("connect_flow").asText()).isEqualTo("app_install");
            String installUrl = start.get("install_url").asText();
            assertThat(installUrl).startsWith(github.webUrl() + "/apps/" + GithubStub.SLUG + "/installations/new?");

            HttpResponse<String> back = http.send(HttpRequest.newBuilder(URI.create(base
                            + "/complete/github-link/?code=c0de&installation_id=42&setup_action=install&state="
                            + URLEncoder.encode(stateOf(installUrl), StandardCharsets.UTF_8)))
                    .header("Cookie", "sessionid=" + session));
            assertThat(back.statusCode()).isEqualTo(302);
            assertThat(back.headers().firstValue("Location")).contains(
                    SITE + "/settings/user-personal-integrations?github_link_success=1");

            JsonNode listed = get(base + "/api/users/@me/integrations/", key).get("results");
            assertThat(listed).hasSize(1);
            assertThat(listed.get(0).get("installation_id").asText()).isEqualTo("42");
            assertThat(listed.get(0).get("account").toString())
                    .isEqualTo("{\"type\":\"Organization\",\"name\":\"posthog\"}");
            assertThat(listed.get(0).get("repository_selection").asText()).isEqualTo("selected");

            String repos = base + "/api/users/@me/integrations/github/42/repos/";
            JsonNode all = get(repos + "?limit=500", key);
            assertThat(all.get("repositories")).hasSize(250);
            assertThat(all.get("has_more").asBoolean()).isFalse();
            assertThat(github.requests("/installation/repositories")).hasSize(3);
            JsonNode searched = get(repos + "?search=REPO-1&limit=5&offset=1", key);
            assertThat(names(searched)).containsExactly("repo-10", "repo-11", "repo-12", "repo-13", "repo-14");
            assertThat(searched.get("has_more").asBoolean()).isTrue();
            assertThat(searched.get("repositories").get(0).toString()).isEqualTo("{\"id\":42000010,"
                    + "\"name\":\"repo-10\",\"full_name\":\"octo-42/repo-10\",\"private\":true,"
                    + "\"default_branch\":\"main\",\"language\":\"Java\",\"pushed_at\":\"2026-11-01T10:00:00Z\","
                    + "\"archived\":false,\"can_push\":true}");
            assertThat(github.requests("/installation/repositories")).as("served from the cache").hasSize(3);

            assertThat(get(base + "/api/users/@me/github_login/", key).get("github_login").asText())
                    .isEqualTo("ada-gh");

            HttpResponse<String> unlinked = http.send(HttpRequest.newBuilder(
                    URI.create(base + "/api/users/@me/integrations/github/42/")).header("Authorization",
                    "Bearer " + key).DELETE());
            assertThat(unlinked.statusCode()).as(unlinked.body()).isEqualTo(204);
            assertThat(github.uninstalled()).containsExactly(42L);
            assertThat(get(base + "/api/users/@me/integrations/", key).get("results")).isEmpty();

            // The project has its own installation: the user only authorizes as themselves for it.
            String project = get(base + "/api/users/@me/", key).get("team").get("id").asText();
            assertThat(new CommandLine(env).run("admin", "add-team-github-installation", "--project", project,
                    "--installation-id", "77").exitCode()).isZero();
            github.oauthCode("c0de2", "ada-gh",
                    List.of(GithubStub.installationJson(77, "posthog", "Organization", "all")));
            JsonNode authorize = Http.read(http.send(HttpRequest.newBuilder(
                            URI.create(base + "/api/users/@me/integrations/github/start/"))
                    .header("Authorization", "Bearer " + key).POST(HttpRequest.BodyPublishers.noBody())));
            assertThat(authorize.get("connect_flow").asText()).isEqualTo("oauth_authorize");
            String authorizeUrl = authorize.get("install_url").asText();
            assertThat(authorizeUrl).startsWith(github.webUrl() + "/login/oauth/authorize?client_id="
                    + GithubStub.CLIENT_ID + "&redirect_uri="
                    + URLEncoder.encode(SITE + "/complete/github-link/", StandardCharsets.UTF_8) + "&state=");
            HttpResponse<String> authorized = http.send(HttpRequest.newBuilder(URI.create(base
                            + "/complete/github-link/?code=c0de2&state="
                            + URLEncoder.encode(stateOf(authorizeUrl), StandardCharsets.UTF_8)))
                    .header("Cookie", "sessionid=" + session));
            assertThat(authorized.headers().firstValue("Location")).contains(
                    SITE + "/settings/user-personal-integrations?github_link_success=1");
            JsonNode shared = get(base + "/api/users/@me/integrations/", key).get("results").get(0);
            assertThat(shared.get("installation_id").asText()).isEqualTo("77");
            assertThat(shared.get("uses_shared_installation").asBoolean()).isTrue();
        } finally {
            server.close();
        }
    }

    private Map<String, String> env(String name, String value) {
        Map<String, String> env = StubbedGithubEnvironment.of(github, SITE, PASSWORD);
        env.put(name, value);
        return env;
    }

    private JsonNode get(String url, String key) {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + key));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.read(response);
    }



    private static List<String> names(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.get("repositories").forEach(repository -> names.add(repository.get("name").asText()));
        return names;
    }

    private static String stateOf(String url) {
        Matcher state = Pattern.compile("[?&]state=([^&]+)").matcher(url);
        assertThat(state.find()).as(url).isTrue();
        return URLDecoder.decode(state.group(1), StandardCharsets.UTF_8);
    }

}
