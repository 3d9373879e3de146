package dev.burrow.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.burrow.domain.apikey.ApiScope;
import dev.burrow.domain.apikey.ApiScopes;
import dev.burrow.domain.organization.MembershipLevel;
import dev.burrow.domain.organization.Organization;
import dev.burrow.domain.organization.Project;
import dev.burrow.domain.user.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static dev.burrow.http.ApiServer.json;
import static org.assertj.core.api.Assertions.assertThat;

class PersonalApiKeysTest extends ApiTestCase {


    private ApiServer.Browser browser;

    @BeforeEach
    void start() {
        browser = logIn();
    }

    @Test
    void a_created_key_is_shown_once_in_clear_then_only_masked() {
        ApiServer.Response created = create("{\"label\": \"ci\", \"scopes\": [\"user:read\", \"user:write\"]}");

        assertThat(created.status()).isEqualTo(201);
        JsonNode key = created.json();
        assertThat(UserRetrieveTest.fieldNames(key)).containsExactly("id", "label", "value", "mask_value",
                "created_at", "last_used_at", "user_id", "scopes", "scoped_teams", "scoped_organizations");
        String value = key.get("value").asText();
        assertThat(value).matches("phx_\\w{48,49}");
        assertThat(key.get("mask_value").asText()).isEqualTo("phx_..." + value.substring(value.length() - 4));
        assertThat(key.get("label").asText()).isEqualTo("ci");
        assertThat(key.get("created_at").asText()).isEqualTo("2026-11-28T12:00:00Z");
        assertThat(key.get("last_used_at").isNull()).isTrue();
        assertThat(key.get("user_id").asLong()).isEqualTo(ada.id().value());
        assertThat(key.get("scopes")).isEqualTo(json("[\"user:read\", \"user:write\"]"));
        assertThat(key.get("scoped_teams").isNull()).isTrue();

        JsonNode listed = api.request("GET", "/api/personal_api_keys/").session(browser).send().json();
        assertThat(listed.isArray()).isTrue();
        assertThat(listed.get(0).get("value").isNull()).isTrue();
        assertThat(listed.get(0).get("mask_value").asText()).isEqualTo(key.get("mask_value").asText());
        assertThat(api.get("/api/users/@me/", value).status()).isEqualTo(200);
    }

    @Test
    void keys_are_listed_newest_first_and_only_the_callers() {
        create("{\"label\": \"first\", \"scopes\": [\"*\"]}");
        api.advance(Duration.ofSeconds(1));
        create("{\"label\": \"second\", \"scopes\": [\"*\"]}");
        api.data().apiKey(api.data().user("bob@example.com"), ApiScopes.ALL);

        List<String> labels = new ArrayList<>();
        api.request("GET", "/api/personal_api_keys").session(browser).send().json()
                .forEach(key -> labels.add(key.get("label").asText()));

        assertThat(labels).containsExactly("second", "first");
    }

    @Test
    void a_key_is_read_changed_and_deleted_by_its_owner_only() {
        String id = create("{\"label\": \"ci\", \"scopes\": [\"user:read\"]}").json().get("id").asText();
        String bobsKey = api.data().apiKey(api.data().user("bob@example.com"), ApiScopes.ALL).key().id();

        assertThat(api.request("GET", "/api/personal_api_keys/" + id + "/").session(browser).send().json()
                .get("label").asText()).isEqualTo("ci");
        assertThat(api.request("GET", "/api/personal_api_keys/" + bobsKey + "/").session(browser).send().status())
                .isEqualTo(404);

        ApiServer.Response patched = api.request("PATCH", "/api/personal_api_keys/" + id + "/").session(browser)
                .json("{\"label\": \"renamed\"}").send();
        assertThat(patched.json().get("label").asText()).isEqualTo("renamed");
        assertThat(patched.json().get("scopes")).isEqualTo(json("[\"user:read\"]"));

        ApiServer.Response put = api.request("PUT", "/api/personal_api_keys/" + id + "/").session(browser)
                .json("{\"label\": \"put\"}").send();
        assertThat(put.status()).isEqualTo(400);
        assertThat(put.json().get("attr").asText()).isEqualTo("scopes");

        assertThat(api.request("DELETE", "/api/personal_api_keys/" + id + "/").session(browser).send().status())
                .isEqualTo(204);
        assertThat(api.request("DELETE", "/api/personal_api_keys/" + id + "/").session(browser).send().status())
                .isEqualTo(404);
        assertThat(api.request("DELETE", "/api/personal_api_keys/" + bobsKey + "/").session(browser).send()
                .status()).isEqualTo(404);
    }

    @Test
    void current_is_the_key_the_request_came_with() {
        var issued = api.data().apiKey(ada, ApiScopes.of(List.of(ApiScope.PERSONAL_API_KEY_READ)));

        ApiServer.Response current = api.get("/api/personal_api_keys/@current/", issued.value());

        assertThat(current.status()).isEqualTo(200);
        assertThat(current.json().get("id").asText()).isEqualTo(issued.key().id());
        assertThat(api.request("GET", "/api/personal_api_keys/@current").session(browser).send().status())
                .isEqualTo(404);
    }

    @Test
    void keys_need_the_personal_api_key_scopes() {
        String reader = api.data().apiKey(ada, ApiScopes.of(List.of(ApiScope.USER_READ))).value();
        String manager = api.data().apiKey(ada, ApiScopes.of(List.of(ApiScope.PERSONAL_API_KEY_WRITE))).value();

        ApiServer.Response refused = api.get("/api/personal_api_keys/", reader);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("detail").asText())
                .isEqualTo("API key missing required scope 'personal_api_key:read'");
        assertThat(api.get("/api/personal_api_keys/", manager).status()).isEqualTo(200);
        assertThat(api.request("POST", "/api/personal_api_keys/").bearer(manager)
                .json("{\"label\": \"made by a key\", \"scopes\": [\"personal_api_key:read\"]}").send().status())
                .isEqualTo(201);
    }

    @Test
    void a_key_cannot_grant_more_than_it_holds() {
        var manager = api.data().apiKey(ada, ApiScopes.of(List.of(ApiScope.PERSONAL_API_KEY_WRITE)));

        for (String scopes : List.of("[\"user:read\"]", "[\"*\"]", "[]")) {
            ApiServer.Response refused = api.request("POST", "/api/personal_api_keys/").bearer(manager.value())
                    .json("{\"label\": \"wider\", \"scopes\": " + scopes + "}").send();
            assertThat(refused.status()).as(scopes).isEqualTo(403);
            assertThat(refused.json().get("code").asText()).isEqualTo("permission_denied");
        }
        ApiServer.Response widen = api.request("PATCH", "/api/personal_api_keys/@current/").bearer(manager.value())
                .json("{\"scopes\": [\"*\"]}").send();
        assertThat(widen.status()).isEqualTo(403);
        assertThat(api.persistence().apiKeys().byId(ada.id(), manager.key().id()).orElseThrow().scopes())
                .isEqualTo(ApiScopes.of(List.of(ApiScope.PERSONAL_API_KEY_WRITE)));
    }

    @Test
    void input_is_validated_with_posthogs_messages() {
        assertInvalid(create("{\"scopes\": [\"*\"]}"), "required", "This field is required.", "label");
        assertInvalid(create("{\"label\": \"ci\"}"), "required", "This field is required.", "scopes");
        assertInvalid(create("{\"label\": \"ci\", \"scopes\": [\"user:own\"]}"), "invalid_input",
                "Invalid scope: user:own", "scopes");
        assertInvalid(create("{\"label\": \"ci\", \"scopes\": \"user:read\"}"), "not_a_list",
                "Expected a list of items but got type \"str\".", "scopes");
        assertInvalid(create("{\"label\": \"" + "x".repeat(41) + "\", \"scopes\": [\"*\"]}"), "max_length",
                "Ensure this field has no more than 40 characters.", "label");
        assertInvalid(create("{\"label\": \"ci\", \"scopes\": [\"*\"], \"scoped_teams\": [999]}"), "invalid_input",
                "You must be a member of all teams that you are scoping the key to.", "scoped_teams");
        assertInvalid(create("{\"label\": \"ci\", \"scopes\": [\"*\"], \"scoped_organizations\": [\"acme\"]}"),
                "invalid_input", "Invalid organization UUID", "scoped_organizations");
    }

    @Test
    void keys_may_be_scoped_to_the_users_own_projects_and_organizations() {
        Organization acme = api.data().organization("Acme");
        Project web = api.data().project(acme, "Web");
        api.data().member(acme, ada, MembershipLevel.MEMBER);

        ApiServer.Response created = create("{\"label\": \"ci\", \"scopes\": [\"*\"], \"scoped_teams\": ["
                + web.id().value() + "], \"scoped_organizations\": [\"" + acme.id() + "\"]}");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("scoped_teams")).isEqualTo(json("[" + web.id().value() + "]"));
        assertThat(created.json().get("scoped_organizations")).isEqualTo(json("[\"" + acme.id() + "\"]"));
    }

    @Test
    void a_user_has_at_most_ten_keys() {
        for (int i = 0; i < 10; i++) {
            assertThat(create("{\"label\": \"k" + i + "\", \"scopes\": [\"*\"]}").status()).isEqualTo(201);
        }

        assertInvalid(create("{\"label\": \"eleventh\", \"scopes\": [\"*\"]}"), "invalid_input",
                "You can only have 10 personal API keys. Remove an existing key before creating a new one.", null);
    }

    @Test
    void managing_keys_from_an_old_session_needs_a_fresh_login() {
        api.advance(Duration.ofHours(2));

        ApiServer.Response refused = create("{\"label\": \"ci\", \"scopes\": [\"*\"]}");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("code").asText()).isEqualTo("sensitive_action_required_reauth");
        assertThat(api.request("GET", "/api/personal_api_keys/").session(browser).send().status()).isEqualTo(200);
    }

    private ApiServer.Response create(String body) {
        return api.request("POST", "/api/personal_api_keys/").session(browser).json(body).send();
    }

    private static void assertInvalid(ApiServer.Response response, String code, String detail, String attr) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json()).isEqualTo(ApiServer.error("validation_error", code, detail, attr));
    }
}
