package dev.burrow.http;

import dev.burrow.domain.apikey.ApiScope;
import dev.burrow.domain.apikey.ApiScopes;
import dev.burrow.domain.user.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static dev.burrow.http.ApiServer.error;
import static dev.burrow.http.ApiServer.json;
import static org.assertj.core.api.Assertions.assertThat;

class HedgehogConfigTest extends ApiTestCase {

    private static final String MINE = "/api/users/@me/hedgehog_config/";
    private static final int LIMIT = 64 * 1024;

    private String writer;

    @BeforeEach
    void issueKey() {
        writer = key(ApiScope.USER_WRITE);
    }

    @Test
    void without_settings_get_answers_an_empty_object() {
        ApiServer.Response response = api.get(MINE, writer);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        assertThat(response.json()).isEqualTo(json("{}"));
    }

    @Test
    void patch_stores_the_whole_body_and_echoes_it() {
        String config = "{\"enabled\": true, \"color\": \"green\", \"accessories\": [\"beret\", \"sunglasses\"]}";

        ApiServer.Response saved = patch(config);

        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.json()).isEqualTo(json(config));
        assertThat(api.get(MINE, writer).json()).isEqualTo(json(config));
        assertThat(api.get("/api/users/@me/", writer).json().get("hedgehog_config")).isEqualTo(json(config));
    }

    @Test
    void patch_replaces_rather_than_merges() {
        patch("{\"color\": \"green\", \"enabled\": true}");

        patch("{\"walking_enabled\": false}");

        assertThat(api.get(MINE, writer).json()).isEqualTo(json("{\"walking_enabled\": false}"));
    }

    @Test
    void any_json_value_is_stored_and_what_python_counts_as_false_reads_as_an_empty_object() {
        for (String value : List.of("[1, \"two\"]", "\"plain text\"", "42", "true")) {
            assertThat(patch(value).json()).as(value).isEqualTo(json(value));
            assertThat(api.get(MINE, writer).json()).as(value).isEqualTo(json(value));
        }
        for (String falsy : List.of("[]", "{}", "\"\"", "0", "0.0", "false")) {
            assertThat(patch(falsy).json()).as(falsy).isEqualTo(json(falsy));
            assertThat(api.get(MINE, writer).json()).as(falsy).isEqualTo(json("{}"));
        }
    }

    @Test
    void parsed_as_python_does_a_repeated_key_keeps_its_last_value_and_floats_stay_floats() {
        ApiServer.Response saved = patch("""
                {"size": 1, "size": 2, "scale": 1.0, "speed": 0.25, "tilt": 1.50, "reach": 1e3, "far": [1E17]}""");

        assertThat(saved.body()).isEqualTo(
                "{\"size\":2,\"scale\":1.0,\"speed\":0.25,\"tilt\":1.5,\"reach\":1000.0,\"far\":[1e+17]}");
        assertThat(api.get(MINE, writer).body()).isEqualTo(saved.body());
    }

    @Test
    void json_null_is_stored_as_nothing_and_no_body_stores_an_empty_object() {
        patch("{\"color\": \"green\"}");

        ApiServer.Response nulled = patch("null");
        assertThat(nulled.status()).as(nulled.body()).isEqualTo(200);
        assertThat(nulled.body()).isEqualTo("null");
        assertThat(api.get(MINE, writer).json()).isEqualTo(json("{}"));
        assertThat(api.get("/api/users/@me/", writer).json().get("hedgehog_config").isNull()).isTrue();

        ApiServer.Response empty = api.request("PATCH", MINE).bearer(writer).send();
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.json()).isEqualTo(json("{}"));
        assertThat(api.get("/api/users/@me/", writer).json().get("hedgehog_config")).isEqualTo(json("{}"));
    }

    @Test
    void a_body_up_to_64_kib_is_fine_and_a_larger_one_is_413() {
        String fits = sized(LIMIT);
        String tooLarge = sized(LIMIT + 1);

        assertThat(patch(fits).status()).isEqualTo(200);
        ApiServer.Response refused = patch(tooLarge);

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.json()).isEqualTo(error("invalid_request", "content_too_large",
                "Request body is too large: the limit is 65536 bytes.", null));
        assertThat(api.get(MINE, writer).json()).isEqualTo(json(fits));
    }

    @Test
    void malformed_json_is_a_parse_error_and_stores_nothing() {
        ApiServer.Response refused = patch("{\"color\": ");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("type").asText()).isEqualTo("invalid_request");
        assertThat(refused.json().get("code").asText()).isEqualTo("parse_error");
        assertThat(refused.json().get("detail").asText()).startsWith("JSON parse error - ");
        assertThat(refused.json().get("attr").isNull()).isTrue();
        assertThat(api.get(MINE, writer).json()).isEqualTo(json("{}"));
    }

    @Test
    void get_needs_user_read_and_patch_user_write() {
        String reader = key(ApiScope.USER_READ);

        assertThat(api.get(MINE, reader).status()).isEqualTo(200);
        ApiServer.Response refused = api.request("PATCH", MINE).bearer(reader).json("{}").send();

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json()).isEqualTo(error("authentication_error", "permission_denied",
                "API key missing required scope 'user:write'", null));
    }

    @Test
    void anonymous_callers_are_challenged_and_other_methods_are_405() {
        ApiServer.Response anonymous = api.request("GET", MINE).send();

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.json()).isEqualTo(error("authentication_error", "not_authenticated",
                "Authentication credentials were not provided.", null));
        assertThat(anonymous.header("WWW-Authenticate")).startsWith("Bearer");
        for (String method : List.of("POST", "PUT", "DELETE")) {
            ApiServer.Response wrong = api.request(method, MINE).bearer(writer).send();
            assertThat(wrong.status()).as(method).isEqualTo(405);
            assertThat(wrong.json()).isEqualTo(error("invalid_request", "method_not_allowed",
                    "Method \"" + method + "\" not allowed.", null));
        }
    }

    @Test
    void an_old_session_may_change_it_without_logging_in_again_and_it_is_never_throttled() {
        ApiServer.Browser browser = logIn();
        api.advance(Duration.ofHours(3));

        for (int i = 0; i < 8; i++) {
            ApiServer.Response saved = api.request("PATCH", MINE).session(browser)
                    .json("{\"round\": " + i + ", \"current_password\": \"wrong\"}").send();
            assertThat(saved.status()).as("round " + i).isEqualTo(200);
        }
        assertThat(api.request("GET", MINE).session(browser).send().json().get("round").asInt()).isEqualTo(7);
    }

    @Test
    void the_lookup_rules_of_the_users_routes_apply() {
        User bob = api.data().user("bob@example.com");
        User root = api.data().staff("root@example.com");
        String rootKey = api.data().apiKey(root, ApiScopes.ALL).value();
        String bobs = "/api/users/" + bob.uuid() + "/hedgehog_config/";

        // Who may act is settled before the body is read: malformed or oversized bodies do not change the answer.
        for (String body : List.of("{\"x\": 1}", "{\"x\": ", sized(LIMIT + 1))) {
            ApiServer.Response refused = api.request("PATCH", bobs).bearer(writer).json(body).send();
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.json()).isEqualTo(error("authentication_error", "permission_denied",
                    "As a non-staff user you're only allowed to access the `@me` user instance.", null));
        }

        assertThat(api.request("PATCH", bobs).bearer(rootKey).json("{\"x\": 1}").send().status()).isEqualTo(200);
        assertThat(api.get(bobs, rootKey).json()).isEqualTo(json("{\"x\": 1}"));
        assertThat(api.get(MINE, writer).json()).isEqualTo(json("{}"));
        String nobody = "/api/users/00000000-0000-0000-0000-000000000000/hedgehog_config/";
        ApiServer.Response missing = api.request("PATCH", nobody).bearer(rootKey).json("{\"x\": ").send();
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json()).isEqualTo(error("invalid_request", "not_found", "Not found.", null));
        assertThat(api.get(nobody, rootKey).json()).isEqualTo(missing.json());
    }

    @Test
    void half_a_surrogate_pair_is_kept_as_its_escape_so_the_user_can_still_be_read() {
        for (String body : List.of("{\"x\": \"\\ud800\"}", "[\"a\\ud83e\", \"\\ud83e\\udd94\"]")) {
            ApiServer.Response saved = patch(body);
            assertThat(saved.status()).as(body).isEqualTo(200);
            assertThat(saved.json()).isEqualTo(json(body));
            assertThat(api.get(MINE, writer).json()).isEqualTo(json(body));
            ApiServer.Response me = api.get("/api/users/@me/", writer);
            assertThat(me.status()).as(body).isEqualTo(200);
            assertThat(me.json().get("hedgehog_config")).isEqualTo(json(body));
        }
        assertThat(patch("{\"x\": \"\\ud800\"}").body()).contains("\\ud800");
        // Jackson's parser refuses half a pair in a key outright: a parse error, as any malformed JSON.
        ApiServer.Response key = patch("{\"\\udc00\": 1}");
        assertThat(key.status()).isEqualTo(400);
        assertThat(key.json().get("code").asText()).isEqualTo("parse_error");
    }

    @Test
    void a_body_of_nothing_but_white_space_is_a_parse_error_as_in_python() {
        for (String[] body : new String[][] {{"  ", "line 1 column 3 (char 2)"}, {"\n \t", "line 2 column 3 (char 3)"}}) {
            ApiServer.Response refused = patch(body[0]);
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.json()).isEqualTo(error("invalid_request", "parse_error",
                    "JSON parse error - Expecting value: " + body[1], null));
        }
        assertThat(api.get(MINE, writer).json()).isEqualTo(json("{}"));
    }

    private ApiServer.Response patch(String body) {
        return api.request("PATCH", MINE).bearer(writer).json(body).send();
    }

    /** A JSON object of exactly {@code bytes} bytes. */
    private static String sized(int bytes) {
        String frame = "{\"padding\": \"\"}";
        return "{\"padding\": \"" + "x".repeat(bytes - frame.length()) + "\"}";
    }
}
