package dev.burrow.http;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import dev.burrow.application.health.ReadinessCheck;
import dev.burrow.domain.twofactor.Totp;
import dev.burrow.domain.twofactor.TotpSecret;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static dev.burrow.http.ApiServer.json;
import static org.assertj.core.api.Assertions.assertThat;

/** What an operator relies on: health and readiness, request ids and one log line a request, safe headers. */
class OperationsTest extends ApiTestCase {

    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private Logger root;

    @BeforeEach
    void captureLogs() {
        root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        logs.start();
        root.addAppender(logs);
    }

    @AfterEach
    void releaseLogs() {
        root.detachAppender(logs);
    }

    @Test
    void health_answers_without_credentials_and_readiness_says_what_is_missing() {
        ApiServer.Response health = api.request("GET", "/_health").send();
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json()).isEqualTo(json("{\"status\": \"ok\"}"));

        ApiServer.Response ready = api.request("GET", "/_readyz").send();
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.json()).isEqualTo(json("{\"database\": true, \"schema\": true, \"started\": true}"));

        api.readiness(new ReadinessCheck.Readiness(true, false));
        ApiServer.Response behind = api.request("GET", "/_readyz").send();
        assertThat(behind.status()).isEqualTo(503);
        assertThat(behind.json()).isEqualTo(json("{\"database\": true, \"schema\": false, \"started\": true}"));

        api.readiness(new ReadinessCheck.Readiness(false, false));
        assertThat(api.request("GET", "/_readyz").send().json())
                .isEqualTo(json("{\"database\": false, \"schema\": false, \"started\": true}"));

        api.readiness(new ReadinessCheck.Readiness(true, true, false));
        ApiServer.Response starting = api.request("GET", "/_readyz").send();
        assertThat(starting.status()).isEqualTo(503);
        assertThat(starting.json()).isEqualTo(json("{\"database\": true, \"schema\": true, \"started\": false}"));
    }

    @Test
    void every_request_gets_an_id_and_one_log_line_that_carries_it() {
        String key = key();
        ApiServer.Response mine = api.get("/api/users/@me/", key);
        ApiServer.Response offered = api.request("GET", "/api/users/@me/").bearer(key)
                .header("X-Request-ID", "lb-7f3a.42").send();
        ApiServer.Response unusable = api.request("GET", "/api/users/@me/").bearer(key)
                .header("X-Request-ID", "not an id\t" + "x".repeat(80)).send();

        String generated = mine.header("X-Request-ID");
        assertThat(generated).matches("[0-9a-f-]{36}");
        assertThat(offered.header("X-Request-ID")).isEqualTo("lb-7f3a.42");
        assertThat(unusable.header("X-Request-ID")).matches("[0-9a-f-]{36}").isNotEqualTo(generated);

        List<ILoggingEvent> lines = requestLines();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0).getFormattedMessage()).matches("GET /api/users/@me/ 200 \\d+\\.\\dms");
        assertThat(lines.get(0).getMDCPropertyMap()).containsEntry("request_id", generated);
        assertThat(lines.get(1).getMDCPropertyMap()).containsEntry("request_id", "lb-7f3a.42");
    }

    @Test
    void the_query_string_stays_out_of_the_line() {
        api.request("GET", "/complete/github-link/?code=oauth-code-123&state=state-456").send();
        api.request("GET", "/api/users/?email=ada@example.com").bearer(key()).send();

        assertThat(requestLines()).extracting(ILoggingEvent::getFormattedMessage)
                .allSatisfy(line -> assertThat(line).doesNotContain("?", "oauth-code-123", "ada@example.com"));
    }

    @Test
    void answers_carry_no_sniffing_no_caching_and_no_server_banner() {
        String key = key();
        for (ApiServer.Response response : List.of(api.get("/api/users/@me/", key),
                api.get("/api/users/@me/", "phx_unknown"), api.request("GET", "/api/nowhere/").send(),
                api.request("GET", "/_health").send())) {
            assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(response.header("Cache-Control")).isEqualTo("no-store");
            assertThat(response.header("Server")).isNull();
        }
    }

    @Test
    void keys_passwords_codes_and_session_ids_never_reach_the_logs() {
        List<String> secrets = new ArrayList<>();
        String key = key();
        secrets.add(key);
        secrets.add(PASSWORD);
        api.get("/api/users/@me/", key);
        api.get("/api/users/@me/", key + "x");
        api.request("POST", "/api/login/").json("{\"email\": \"ada@example.com\", \"password\": \"wrong one\"}")
                .send();
        secrets.add("wrong one");

        ApiServer.Browser browser = logIn();
        secrets.add(browser.sessionKey());
        secrets.add(browser.csrfToken());
        ApiServer.Response started = api.request("GET", "/api/users/@me/two_factor_start_setup/").session(browser)
                .send();
        TotpSecret secret = TotpSecret.ofBase32(started.json().get("secret").asText());
        secrets.add(started.json().get("secret").asText());
        String code = Totp.code(secret, Totp.step(api.now()));
        secrets.add(code);
        api.request("POST", "/api/users/@me/two_factor_validate/").session(browser)
                .json("{\"token\": \"" + code + "\"}").send();
        ApiServer.Response backup = api.request("POST", "/api/users/@me/two_factor_backup_codes/").session(browser)
                .json("{}").send();
        backup.json().get("backup_codes").forEach(each -> secrets.add(each.asText()));
        api.advance(Duration.ofSeconds(31));
        ApiServer.Response created = api.request("POST", "/api/personal_api_keys/").session(browser)
                .json("{\"label\": \"ci\", \"scopes\": [\"*\"]}").send();
        secrets.add(created.json().get("value").asText());
        api.request("PATCH", "/api/users/@me/").session(browser)
                .json("{\"password\": \"a much better secret 42\", \"current_password\": \"" + PASSWORD + "\"}")
                .send();
        secrets.add("a much better secret 42");

        assertThat(requestLines()).hasSizeGreaterThan(8);
        for (ILoggingEvent event : logs.list) {
            String everything = event.getFormattedMessage() + " " + event.getMDCPropertyMap()
                    + (event.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(event.getThrowableProxy()));
            for (String kept : secrets) {
                assertThat(everything).as("a log line of %s", event.getLoggerName()).doesNotContain(kept);
            }
        }
    }

    private List<ILoggingEvent> requestLines() {
        return logs.list.stream().filter(event -> event.getLoggerName().equals("dev.burrow.http.requests")).toList();
    }
}
