package dev.burrow.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.burrow.domain.dashboard.Dashboard;
import dev.burrow.domain.organization.MembershipLevel;
import dev.burrow.domain.organization.Organization;
import dev.burrow.domain.organization.Project;
import dev.burrow.domain.user.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.burrow.http.ApiServer.error;
import static dev.burrow.http.ApiServer.json;
import static org.assertj.core.api.Assertions.assertThat;

class ScenePersonalisationTest extends ApiTestCase {

    private static final String MINE = "/api/users/@me/scene_personalisation/";

    private Project web;
    private Project app;
    private Dashboard overview;
    private Dashboard people;
    private Dashboard appHome;
    private ApiServer.Browser browser;

    @BeforeEach
    void setUp() {
        Organization acme = api.data().organization("Acme");
        web = api.data().project(acme, "Web");
        app = api.data().project(acme, "App");
        api.data().member(acme, ada, MembershipLevel.MEMBER);
        overview = api.data().dashboard(web, "Overview");
        people = api.data().dashboard(web, "People");
        appHome = api.data().dashboard(app, "Home");
        browser = logIn();
    }

    @Test
    void a_choice_per_scene_is_kept_and_replaced_and_the_whole_user_comes_back() {
        post("{\"scene\": \"Person\", \"dashboard\": " + overview.id() + "}");
        post("{\"scene\": \"Person\", \"dashboard\": " + people.id() + "}");
        ApiServer.Response last = post("{\"scene\": \"Group\", \"dashboard\": " + people.id() + "}");

        assertThat(last.status()).isEqualTo(200);
        JsonNode user = last.json();
        assertThat(UserRetrieveTest.fieldNames(user))
                .isEqualTo(UserRetrieveTest.fieldNames(api.request("GET", "/api/users/@me/").session(browser).send()
                        .json()));
        assertThat(user.get("team").get("id").asLong()).isEqualTo(web.id().value());
        assertThat(user.get("scene_personalisation")).isEqualTo(json("""
                [{"scene": "Person", "dashboard": %d}, {"scene": "Group", "dashboard": %d}]"""
                .formatted(people.id().value(), people.id().value())));
    }

    @Test
    void choices_belong_to_the_project_that_was_current() {
        post("{\"scene\": \"Person\", \"dashboard\": " + overview.id() + "}");
        api.request("PATCH", "/api/users/@me/").session(browser).json("{\"set_current_team\": " + app.id() + "}")
                .send();

        JsonNode user = post("{\"scene\": \"Person\", \"dashboard\": " + appHome.id() + "}").json();

        assertThat(user.get("scene_personalisation")).isEqualTo(json("""
                [{"scene": "Person", "dashboard": %d}, {"scene": "Person", "dashboard": %d}]"""
                .formatted(overview.id().value(), appHome.id().value())));
        assertInvalid(post("{\"scene\": \"Person\", \"dashboard\": " + overview.id() + "}"), "invalid_input",
                "Dashboard must belong to the user's current team.", "dashboard");
    }

    @Test
    void the_scene_is_trimmed_the_id_may_be_text_and_extra_keys_are_ignored() {
        JsonNode user = post("{\"scene\": \"  Person \", \"dashboard\": \" " + overview.id()
                + "\", \"user\": 999, \"team\": 999}").json();

        assertThat(user.get("scene_personalisation")).isEqualTo(json("""
                [{"scene": "Person", "dashboard": %d}]""".formatted(overview.id().value())));
    }

    @Test
    void a_form_encoded_body_works_as_well() {
        ApiServer.Response response = api.request("POST", MINE).session(browser)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .bodyText("scene=Group&dashboard=" + people.id()).send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("scene_personalisation").get(0).get("dashboard").asLong())
                .isEqualTo(people.id().value());
    }

    @Test
    void missing_fields_are_reported_dashboard_first() {
        assertInvalid(post("{}"), "invalid_input", "Dashboard must be provided.", null);
        assertInvalid(post("{\"scene\": \"Person\"}"), "invalid_input", "Dashboard must be provided.", null);
        assertInvalid(post("{\"dashboard\": " + overview.id() + "}"), "invalid_input", "Scene must be provided.", null);
        assertNothingStored();
    }

    @Test
    void scene_errors_come_before_dashboard_errors() {
        String unknown = ", \"dashboard\": 987654}";
        assertInvalid(post("{\"scene\": \"\"" + unknown), "blank", "This field may not be blank.", "scene");
        assertInvalid(post("{\"scene\": \"   \"" + unknown), "blank", "This field may not be blank.", "scene");
        assertInvalid(post("{\"scene\": null" + unknown), "null", "This field may not be null.", "scene");
        assertInvalid(post("{\"scene\": true" + unknown), "invalid_input", "Not a valid string.", "scene");
        assertInvalid(post("{\"scene\": \"" + "x".repeat(201) + "\"" + unknown), "max_length",
                "Ensure this field has no more than 200 characters.", "scene");
        assertInvalid(post("{\"scene\": \"a\\u0000b\"" + unknown), "null_characters_not_allowed",
                "Null characters are not allowed.", "scene");
        assertNothingStored();
    }

    @Test
    void a_scene_of_exactly_200_characters_is_fine() {
        ApiServer.Response response = post("{\"scene\": \"" + "x".repeat(200) + "\", \"dashboard\": "
                + overview.id() + "}");

        assertThat(response.status()).isEqualTo(200);
    }

    @Test
    void dashboard_errors_are_djangos_primary_key_errors() {
        assertInvalid(post("{\"scene\": \"Person\", \"dashboard\": 987654}"), "does_not_exist",
                "Invalid pk \"987654\" - object does not exist.", "dashboard");
        assertInvalid(post("{\"scene\": \"Person\", \"dashboard\": \"987654\"}"), "does_not_exist",
                "Invalid pk \"987654\" - object does not exist.", "dashboard");
        assertInvalid(post("{\"scene\": \"Person\", \"dashboard\": 0}"), "does_not_exist",
                "Invalid pk \"0\" - object does not exist.", "dashboard");
        assertInvalid(post("{\"scene\": \"Person\", \"dashboard\": 99999999999999999999999}"), "does_not_exist",
                "Invalid pk \"99999999999999999999999\" - object does not exist.", "dashboard");
        assertInvalid(post("{\"scene\": \"Person\", \"dashboard\": \"abc\"}"), "incorrect_type",
                "Incorrect type. Expected pk value, received str.", "dashboard");
        assertInvalid(post("{\"scene\": \"Person\", \"dashboard\": true}"), "incorrect_type",
                "Incorrect type. Expected pk value, received bool.", "dashboard");
        assertInvalid(post("{\"scene\": \"Person\", \"dashboard\": [1]}"), "incorrect_type",
                "Incorrect type. Expected pk value, received list.", "dashboard");
        assertInvalid(post("{\"scene\": \"Person\", \"dashboard\": {\"id\": 1}}"), "incorrect_type",
                "Incorrect type. Expected pk value, received dict.", "dashboard");
        assertInvalid(post("{\"scene\": \"Person\", \"dashboard\": null}"), "null",
                "This field may not be null.", "dashboard");
        assertNothingStored();
    }

    @Test
    void a_dashboard_of_another_project_is_refused_before_a_missing_scene() {
        assertInvalid(post("{\"dashboard\": " + appHome.id() + "}"), "invalid_input",
                "Dashboard must belong to the user's current team.", "dashboard");
        assertNothingStored();
    }

    @Test
    void a_user_without_a_project_cannot_pin_anything() {
        User bob = api.data().user("bob@example.com", PASSWORD, ApiServer.HASHER);
        ApiServer.Browser bobs = api.logIn("bob@example.com", PASSWORD);

        ApiServer.Response refused = api.request("POST", MINE).session(bobs)
                .json("{\"scene\": \"Person\", \"dashboard\": " + overview.id() + "}").send();

        assertInvalid(refused, "invalid_input", "Dashboard must belong to the user's current team.", "dashboard");
        assertThat(api.persistence().scenes().ofUsers(List.of(bob.id()))).isEmpty();
    }

    @Test
    void sessions_only_with_their_csrf_token() {
        String body = "{\"scene\": \"Person\", \"dashboard\": " + overview.id() + "}";

        ApiServer.Response withKey = api.request("POST", MINE).bearer(key()).json(body).send();
        ApiServer.Response anonymous = api.request("POST", MINE).json(body).send();
        ApiServer.Response forged = api.request("POST", MINE).session(browser.withoutCsrfHeader()).json(body).send();

        assertThat(withKey.status()).isEqualTo(403);
        assertThat(withKey.json()).isEqualTo(error("authentication_error", "permission_denied",
                "This action does not support personal API key access", null));
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.json()).isEqualTo(error("authentication_error", "not_authenticated",
                "Authentication credentials were not provided.", null));
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.json()).isEqualTo(error("authentication_error", "permission_denied",
                "CSRF Failed: CSRF token missing.", null));
        ApiServer.Response wrongMethod = api.request("GET", MINE).session(browser).send();
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.json()).isEqualTo(error("invalid_request", "method_not_allowed",
                "Method \"GET\" not allowed.", null));
        assertNothingStored();
    }

    @Test
    void non_staff_may_only_use_at_me_and_staff_reach_others() {
        User bob = api.data().user("bob@example.com");
        String body = "{\"scene\": \"Person\", \"dashboard\": " + overview.id() + "}";

        for (String badBody : List.of("{\"scene\": \"\"}", "[1]")) {
            ApiServer.Response refused = api.request("POST", "/api/users/" + bob.uuid() + "/scene_personalisation/")
                    .session(browser).json(badBody).send();
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.json()).isEqualTo(error("authentication_error", "permission_denied",
                    "As a non-staff user you're only allowed to access the `@me` user instance.", null));
        }

        api.data().staff("root@example.com", PASSWORD, ApiServer.HASHER);
        ApiServer.Browser staff = api.logIn("root@example.com", PASSWORD);
        ApiServer.Response missing = api.request("POST",
                "/api/users/00000000-0000-0000-0000-000000000000/scene_personalisation/").session(staff).json(body)
                .send();
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json()).isEqualTo(error("invalid_request", "not_found", "Not found.", null));
        ApiServer.Response forAda = api.request("POST", "/api/users/" + ada.uuid() + "/scene_personalisation/")
                .session(staff).json(body).send();
        assertThat(forAda.status()).isEqualTo(200);
        assertThat(forAda.json().get("email").asText()).isEqualTo("ada@example.com");
        assertThat(forAda.json().get("scene_personalisation")).hasSize(1);
    }

    private ApiServer.Response post(String body) {
        return api.request("POST", MINE).session(browser).json(body).send();
    }

    private void assertNothingStored() {
        assertThat(api.persistence().scenes().ofUsers(List.of(ada.id()))).isEmpty();
    }

    private static void assertInvalid(ApiServer.Response response, String code, String detail, String attr) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json()).isEqualTo(error("validation_error", code, detail, attr));
    }
}
