package dev.burrow.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import dev.burrow.domain.twofactor.Totp;
import dev.burrow.domain.twofactor.TotpSecret;
import dev.burrow.github.testing.GithubStub;
import dev.burrow.jdbc.testing.EmbeddedPostgresServer;
import dev.burrow.jdbc.testing.PostgresDatabase;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two burrow processes on one PostgreSQL are one service: what a request starts on one instance, the next request
 * may finish on the other, as behind a load balancer without sticky sessions.
 */
class FleetTest {

    private static final String SITE = "http://burrow.test";
    private static final String PASSWORD = "first start password";

    private final Http http = new Http();

    @Test
    void a_session_a_2fa_setup_a_github_link_and_the_password_throttle_span_the_instances() {
        try (GithubStub github = GithubStub.start();
             PostgresDatabase database = EmbeddedPostgresServer.shared().emptyDatabase()) {
            github.oauthCode("c0de", "ada-gh", List.of(GithubStub.installationJson(42, "posthog", "Organization",
                    "selected")));
            Map<String, String> env = env(github, database);
            CommandLine.Result first = new CommandLine(env).run("serve");
            assertThat(first.exitCode()).as(first.err()).isZero();
            CommandLine.Result second = new CommandLine(env).run("serve");
            assertThat(second.exitCode()).as(second.err()).isZero();
            String a = "http://127.0.0.1:" + first.outcome().server().port();
            String b = "http://127.0.0.1:" + second.outcome().server().port();
            try {
                // A session opened on one instance is honoured on the other.
                HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(a + "/api/login/"))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                                "{\"email\": \"admin@burrow.local\", \"password\": \"" + PASSWORD + "\"}")));
                assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
                Browser browser = new Browser(Http.cookie(login, "sessionid"), Http.cookie(login,
                        "posthog_csrftoken"));
                assertThat(send(browser.get(b + "/api/users/@me/")).statusCode()).isEqualTo(200);

                // A 2FA setup started on one is completed on the other.
                JsonNode setup = Http.read(send(browser.get(a + "/api/users/@me/two_factor_start_setup/")));
                TotpSecret secret = TotpSecret.ofBase32(setup.get("secret").asText());
                String code = Totp.code(secret, Totp.step(Instant.now()));
                HttpResponse<String> validated = send(browser.post(b + "/api/users/@me/two_factor_validate/",
                        "{\"token\": \"" + code + "\"}"));
                assertThat(validated.statusCode()).as(validated.body()).isEqualTo(200);
                assertThat(Http.read(send(browser.get(a + "/api/users/@me/two_factor_status/")))
                        .get("is_enabled").asBoolean()).isTrue();

                // A GitHub link started on one comes back to the other.
                JsonNode started = Http.read(send(browser.post(a + "/api/users/@me/integrations/github/start/",
                        "{}")));
                HttpResponse<String> back = send(HttpRequest.newBuilder(URI.create(b
                                + "/complete/github-link/?code=c0de&installation_id=42&setup_action=install&state="
                                + URLEncoder.encode(stateOf(started.get("install_url").asText()),
                                StandardCharsets.UTF_8)))
                        .header("Cookie", "sessionid=" + browser.session()));
                assertThat(back.headers().firstValue("Location")).contains(
                        SITE + "/settings/user-personal-integrations?github_link_success=1");
                assertThat(Http.read(send(browser.get(a + "/api/users/@me/integrations/"))).get("results"))
                        .hasSize(1);

                // Five wrong current passwords a minute, counted across the instances; the sixth is refused.
                String wrong = "{\"password\": \"a much better secret 42\", \"current_password\": \"wrong\"}";
                for (int attempt = 0; attempt < 5; attempt++) {
                    HttpResponse<String> refused = send(browser.patch((attempt % 2 == 0 ? a : b)
                            + "/api/users/@me/", wrong));
                    assertThat(refused.statusCode()).as("attempt %d: %s", attempt, refused.body()).isEqualTo(400);
                }
                HttpResponse<String> throttled = send(browser.patch(b + "/api/users/@me/", wrong));
                assertThat(throttled.statusCode()).as(throttled.body()).isEqualTo(429);
                assertThat(send(browser.patch(a + "/api/users/@me/", wrong)).statusCode()).isEqualTo(429);
            } finally {
                first.outcome().server().close();
                second.outcome().server().close();
            }
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        return http.send(request);
    }

    /** A logged-in browser: its cookies, and the CSRF token its changing requests carry. */
    private record Browser(String session, String csrf) {

        HttpRequest.Builder get(String url) {
            return HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookies());
        }

        HttpRequest.Builder post(String url, String body) {
            return changing(url).POST(HttpRequest.BodyPublishers.ofString(body));
        }

        HttpRequest.Builder patch(String url, String body) {
            return changing(url).method("PATCH", HttpRequest.BodyPublishers.ofString(body));
        }

        private HttpRequest.Builder changing(String url) {
            return HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookies())
                    .header("X-CSRFToken", csrf).header("Content-Type", "application/json");
        }

        private String cookies() {
            return "sessionid=" + session + "; posthog_csrftoken=" + csrf;
        }
    }

    private static Map<String, String> env(GithubStub github, PostgresDatabase database) {
        Map<String, String> env = StubbedGithubEnvironment.of(github, SITE, PASSWORD);
        env.put("DATABASE_URL", database.databaseUrl());
        return env;
    }

    private static String stateOf(String url) {
        Matcher state = Pattern.compile("[?&]state=([^&]+)").matcher(url);
        assertThat(state.find()).as(url).isTrue();
        return URLDecoder.decode(state.group(1), StandardCharsets.UTF_8);
    }
}
