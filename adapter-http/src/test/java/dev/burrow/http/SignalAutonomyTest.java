package dev.burrow.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.burrow.domain.apikey.ApiScope;
import dev.burrow.domain.apikey.ApiScopes;
import dev.burrow.domain.user.User;
import dev.burrow.http.json.PostHogTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static dev.burrow.http.ApiServer.error;
import static dev.burrow.http.ApiServer.json;
import static org.assertj.core.api.Assertions.assertThat;

class SignalAutonomyTest extends ApiTestCase {

    private static final String MINE = "/api/users/@me/signal_autonomy/";
    private static final String ONLY_STAFF = "Only staff can access other users' autonomy config.";

    private String writer;

    @BeforeEach
    void issueKey() {
        writer = key(ApiScope.USER_WRITE);
    }

    @Test
    void without_settings_get_is_the_standard_404() {
        ApiServer.Response response = api.get(MINE, writer);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json()).isEqualTo(error("invalid_request", "not_found", "Not found.", null));
    }

    @Test
    void the_first_post_creates_the_settings_with_the_seeds_shape() {
        ApiServer.Response created = post(MINE, "{}");

        assertThat(created.status()).isEqualTo(200);
        JsonNode body = created.json();
        String now = PostHogTime.format(api.now());
        assertThat(body.get("id").asText()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(body).isEqualTo(json("""
                {"id": "%s", "user": {"id": %d, "uuid": "%s", "first_name": "First", "last_name": "Last",
                 "email": "ada@example.com"}, "autostart_priority": null, "created_at": "%s", "updated_at": "%s"}"""
                .formatted(body.get("id").asText(), ada.id().value(), ada.uuid(), now, now)));
        assertThat(UserRetrieveTest.fieldNames(body)).containsExactly("id", "user", "autostart_priority", "created_at",
                "updated_at");
        assertThat(api.get(MINE, writer).json()).isEqualTo(body);
    }

    @Test
    void a_post_writes_only_the_keys_it_sends() {
        JsonNode first = post(MINE, "{\"autostart_priority\": \"P1\"}").json();
        api.advance(Duration.ofMinutes(5));

        JsonNode untouched = post(MINE, "{\"unknown\": 1}").json();

        assertThat(untouched.get("id")).isEqualTo(first.get("id"));
        assertThat(untouched.get("autostart_priority").asText()).isEqualTo("P1");
        assertThat(untouched.get("created_at")).isEqualTo(first.get("created_at"));
        assertThat(untouched.get("updated_at").asText()).isEqualTo(PostHogTime.format(api.now()));

        JsonNode cleared = post(MINE, "{\"autostart_priority\": null}").json();
        assertThat(cleared.get("autostart_priority").isNull()).isTrue();
        assertThat(api.get(MINE, writer).json()).isEqualTo(cleared);
    }

    @Test
    void every_priority_from_p0_to_p4_is_accepted() {
        for (String priority : List.of("P0", "P1", "P2", "P3", "P4")) {
            ApiServer.Response saved = post(MINE, "{\"autostart_priority\": \"" + priority + "\"}");
            assertThat(saved.status()).isEqualTo(200);
            assertThat(saved.json().get("autostart_priority").asText()).isEqualTo(priority);
        }
    }

    @Test
    void anything_else_is_not_a_valid_choice_and_stores_nothing() {
        for (String[] bad : new String[][]{{"\"\"", ""}, {"\"P5\"", "P5"}, {"\"p1\"", "p1"}, {"1", "1"},
                {"true", "True"}, {"[\"P1\"]", "['P1']"}}) {
            ApiServer.Response refused = post(MINE, "{\"autostart_priority\": " + bad[0] + "}");
            assertThat(refused.status()).as(bad[0]).isEqualTo(400);
            assertThat(refused.json()).as(bad[0]).isEqualTo(error("validation_error", "invalid_choice",
                    "\"" + bad[1] + "\" is not a valid choice.", "autostart_priority"));
        }
        assertThat(api.get(MINE, writer).status()).isEqualTo(404);
    }

    @Test
    void delete_answers_204_whether_or_not_there_were_settings() {
        post(MINE, "{\"autostart_priority\": \"P2\"}");

        ApiServer.Response deleted = api.request("DELETE", MINE).bearer(writer).send();
        ApiServer.Response again = api.request("DELETE", MINE).bearer(writer).send();

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(deleted.body()).isEmpty();
        assertThat(again.status()).isEqualTo(204);
        assertThat(api.get(MINE, writer).status()).isEqualTo(404);
    }

    @Test
    void every_method_needs_user_write_even_reading() {
        String reader = key(ApiScope.USER_READ);
        JsonNode missingScope = error("authentication_error", "permission_denied",
                "API key missing required scope 'user:write'", null);

        for (String method : List.of("GET", "POST", "DELETE")) {
            ApiServer.Response refused = api.request(method, MINE).bearer(reader).send();
            assertThat(refused.status()).as(method).isEqualTo(403);
            assertThat(refused.json()).as(method).isEqualTo(missingScope);
        }
        assertThat(api.get(MINE, key()).status()).isEqualTo(404);
    }

    @Test
    void a_logged_in_browser_may_use_it_with_its_csrf_token() {
        ApiServer.Browser browser = logIn();

        ApiServer.Response saved = api.request("POST", MINE).session(browser).json("{\"autostart_priority\": \"P3\"}")
                .send();
        ApiServer.Response forged = api.request("POST", MINE).session(browser.withoutCsrfHeader()).json("{}").send();

        assertThat(saved.status()).isEqualTo(200);
        assertThat(api.request("GET", MINE).session(browser).send().json()).isEqualTo(saved.json());
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.json()).isEqualTo(error("authentication_error", "permission_denied",
                "CSRF Failed: CSRF token missing.", null));
    }

    @Test
    void without_credentials_the_answer_is_403_without_a_challenge() {
        ApiServer.Response anonymous = api.request("GET", MINE).send();
        ApiServer.Response badKey = api.get(MINE, "phx_not_a_real_key");
        ApiServer.Response wrongMethod = api.request("PATCH", MINE).send();

        assertThat(anonymous.status()).isEqualTo(403);
        assertThat(anonymous.json()).isEqualTo(error("authentication_error", "not_authenticated",
                "Authentication credentials were not provided.", null));
        assertThat(anonymous.header("WWW-Authenticate")).isNull();
        assertThat(badKey.status()).isEqualTo(403);
        assertThat(badKey.json()).isEqualTo(error("authentication_error", "authentication_failed",
                "Personal API key found in request Authorization header is invalid.", null));
        assertThat(badKey.header("WWW-Authenticate")).isNull();
        assertThat(wrongMethod.status()).isEqualTo(403);
        assertThat(wrongMethod.json()).isEqualTo(anonymous.json());
        assertThat(wrongMethod.header("WWW-Authenticate")).isNull();
        ApiServer.Response wrongMethodBadKey = api.request("PATCH", MINE).bearer("phx_not_a_real_key").send();
        assertThat(wrongMethodBadKey.status()).isEqualTo(403);
        assertThat(wrongMethodBadKey.json()).isEqualTo(badKey.json());
        assertThat(wrongMethodBadKey.header("WWW-Authenticate")).isNull();
        ApiServer.Response wrongMethodWithKey = api.request("PATCH", MINE).bearer(writer).send();
        assertThat(wrongMethodWithKey.status()).isEqualTo(405);
        assertThat(wrongMethodWithKey.json()).isEqualTo(error("invalid_request", "method_not_allowed",
                "Method \"PATCH\" not allowed.", null));
    }

    @Test
    void bodies_are_read_as_django_rest_framework_reads_them() {
        ApiServer.Response list = post(MINE, "[\"P1\"]");
        ApiServer.Response malformed = post(MINE, "{\"autostart_priority\": ");
        ApiServer.Response form = api.request("POST", MINE).bearer(writer)
                .header("Content-Type", "application/x-www-form-urlencoded").bodyText("autostart_priority=P3").send();

        assertThat(list.status()).isEqualTo(400);
        assertThat(list.json()).isEqualTo(error("validation_error", "invalid_input",
                "Invalid data. Expected a dictionary, but got list.", null));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("type").asText()).isEqualTo("invalid_request");
        assertThat(malformed.json().get("code").asText()).isEqualTo("parse_error");
        assertThat(malformed.json().get("detail").asText()).startsWith("JSON parse error - ");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.json().get("autostart_priority").asText()).isEqualTo("P3");
    }

    @Test
    void who_may_act_is_decided_before_the_body_is_read() {
        User bob = api.data().user("bob@example.com");
        User staff = api.data().staff("staff@example.com");
        String staffKey = api.data().apiKey(staff, ApiScopes.ALL).value();

        ApiServer.Response refused = post("/api/users/" + bob.id() + "/signal_autonomy/", "[]");
        ApiServer.Response missing = api.request("POST", "/api/users/987654/signal_autonomy/").bearer(staffKey)
                .json("{\"autostart_priority\": \"P9\"}").send();

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json()).isEqualTo(error("authentication_error", "permission_denied", ONLY_STAFF, null));
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json()).isEqualTo(error("invalid_request", "not_found", "Not found.", null));
    }

    @Test
    void a_non_staff_caller_may_only_name_themselves_as_at_me() {
        User bob = api.data().user("bob@example.com");
        JsonNode onlyStaff = error("authentication_error", "permission_denied", ONLY_STAFF, null);

        for (String id : List.of(bob.id().toString(), bob.uuid().toString(), ada.id().toString(), "999999",
                "not-an-id")) {
            for (String method : List.of("GET", "POST", "DELETE")) {
                ApiServer.Response refused = api.request(method, "/api/users/" + id + "/signal_autonomy/")
                        .bearer(writer).json("{\"autostart_priority\": \"bogus\"}").send();
                assertThat(refused.status()).as(method + " " + id).isEqualTo(403);
                assertThat(refused.json()).as(method + " " + id).isEqualTo(onlyStaff);
            }
        }
    }

    @Test
    void staff_reach_any_user_by_integer_id_or_uuid_inactive_ones_too() {
        User staff = api.data().staff("staff@example.com");
        String staffKey = api.data().apiKey(staff, ApiScopes.ALL).value();
        User bob = api.data().deactivate(api.data().user("bob@example.com"));
        String byId = "/api/users/" + bob.id() + "/signal_autonomy/";
        String byUuid = "/api/users/" + bob.uuid() + "/signal_autonomy/";

        assertThat(api.get(byId, staffKey).status()).isEqualTo(404);
        ApiServer.Response saved = api.request("POST", byUuid).bearer(staffKey)
                .json("{\"autostart_priority\": \"P0\"}").send();

        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.json().get("user").get("email").asText()).isEqualTo("bob@example.com");
        assertThat(api.get(byId, staffKey).json()).isEqualTo(saved.json());
        assertThat(api.get("/api/users/@me/signal_autonomy/", staffKey).status()).isEqualTo(404);
        for (String unknown : List.of("987654", "00000000-0000-0000-0000-000000000000", "not-an-id", "0", "-1")) {
            for (String method : List.of("GET", "POST", "DELETE")) {
                ApiServer.Response missing = api.request(method, "/api/users/" + unknown + "/signal_autonomy/")
                        .bearer(staffKey).json("{}").send();
                assertThat(missing.status()).as(method + " " + unknown).isEqualTo(404);
                assertThat(missing.json()).isEqualTo(error("invalid_request", "not_found", "Not found.", null));
            }
        }
        assertThat(api.request("DELETE", byId).bearer(staffKey).send().status()).isEqualTo(204);
        assertThat(api.get(byUuid, staffKey).status()).isEqualTo(404);
    }

    @Test
    void the_trailing_slash_is_optional_and_at_me_may_be_percent_encoded() {
        post(MINE, "{\"autostart_priority\": \"P4\"}");

        assertThat(api.get("/api/users/@me/signal_autonomy", writer).status()).isEqualTo(200);
        assertThat(api.get("/api/users/%40me/signal_autonomy/", writer).status()).isEqualTo(200);
    }

    @Test
    void racing_first_posts_leave_one_config() throws Exception {
        int writers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<ApiServer.Response>> responses = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                String priority = "P" + (i % 5);
                Callable<ApiServer.Response> call = () -> {
                    start.await();
                    return post(MINE, "{\"autostart_priority\": \"" + priority + "\"}");
                };
                responses.add(pool.submit(call));
            }
            start.countDown();
            Set<String> ids = new HashSet<>();
            for (Future<ApiServer.Response> response : responses) {
                ApiServer.Response answered = response.get(1, TimeUnit.MINUTES);
                assertThat(answered.status()).isEqualTo(200);
                ids.add(answered.json().get("id").asText());
            }
            assertThat(ids).hasSize(1);
            assertThat(api.get(MINE, writer).json().get("id").asText()).isEqualTo(ids.iterator().next());
        } finally {
            pool.shutdownNow();
        }
    }

    private ApiServer.Response post(String path, String body) {
        return api.request("POST", path).bearer(writer).json(body).send();
    }
}
