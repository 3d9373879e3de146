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
import java.util.List;
import java.util.Map;

import static dev.burrow.http.ApiServer.error;
import static dev.burrow.http.ApiServer.json;
import static org.assertj.core.api.Assertions.assertThat;

/** PATCH and PUT of /api/users/{uuid}/: every writable field with its rules and PostHog's messages. */
class UserUpdateTest extends ApiTestCase {


    private String key;

    @BeforeEach
    void start() {
        key = api.data().apiKey(ada, ApiScopes.of(List.of(ApiScope.USER_WRITE))).value();
    }

    @Test
    void writable_fields_change_and_the_answer_is_the_updated_user() {
        JsonNode updated = patch("""
                {"first_name": "  Ada ", "last_name": "Lovelace", "anonymize_data": true, "allow_impersonation": false,
                 "toolbar_mode": "disabled", "theme_mode": "dark", "allow_sidebar_suggestions": true,
                 "shortcut_position": "hidden", "role_at_organization": "engineering",
                 "passkeys_enabled_for_2fa": false, "events_column_config": {"active": ["a", "b"]},
                 "has_seen_product_intro_for": {"surveys": true}, "hedgehog_config": {"color": "green"}}""")
                .json();

        assertThat(updated.get("first_name").asText()).isEqualTo("Ada");
        assertThat(updated.get("last_name").asText()).isEqualTo("Lovelace");
        assertThat(updated.get("anonymize_data").asBoolean()).isTrue();
        assertThat(updated.get("allow_impersonation").asBoolean()).isFalse();
        assertThat(updated.get("toolbar_mode").asText()).isEqualTo("disabled");
        assertThat(updated.get("theme_mode").asText()).isEqualTo("dark");
        assertThat(updated.get("allow_sidebar_suggestions").asBoolean()).isTrue();
        assertThat(updated.get("shortcut_position").asText()).isEqualTo("hidden");
        assertThat(updated.get("role_at_organization").asText()).isEqualTo("engineering");
        assertThat(updated.get("events_column_config")).isEqualTo(json("{\"active\": [\"a\", \"b\"]}"));
        assertThat(updated.get("has_seen_product_intro_for")).isEqualTo(json("{\"surveys\": true}"));
        assertThat(updated.get("hedgehog_config")).isEqualTo(json("{\"color\": \"green\"}"));
        assertThat(UserRetrieveTest.fieldNames(updated)).containsExactlyElementsOf(UserRetrieveTest.USER_FIELDS);
        assertThat(api.get("/api/users/@me/", key).json()).isEqualTo(updated);
    }

    @Test
    void json_fields_are_replaced_whole_and_unknown_or_read_only_keys_are_ignored() {
        patch("{\"hedgehog_config\": {\"color\": \"green\", \"hat\": \"cap\"}}");

        JsonNode updated = patch("""
                {"hedgehog_config": {"hat": "beret"}, "organization_name": "x", "uuid": "nope", "id": 9,
                 "date_joined": "2000-01-01T00:00:00Z", "is_email_verified": true, "pending_email": "x@y.com"}""")
                .json();

        assertThat(updated.get("hedgehog_config")).isEqualTo(json("{\"hat\": \"beret\"}"));
        assertThat(updated.get("uuid").asText()).isEqualTo(ada.uuid().toString());
        assertThat(updated.get("id").asLong()).isEqualTo(ada.id().value());
        assertThat(updated.get("is_email_verified").isNull()).isTrue();
        assertThat(updated.get("pending_email").isNull()).isTrue();
    }

    @Test
    void booleans_take_django_rest_frameworks_spellings() {
        for (Map.Entry<String, Boolean> spelling : Map.of("\"yes\"", true, "\"off\"", false, "1", true, "0", false,
                "1.0", true, "\"True\"", true, "\"F\"", false).entrySet()) {
            JsonNode updated = patch("{\"anonymize_data\": " + spelling.getKey() + "}").json();
            assertThat(updated.get("anonymize_data").asBoolean()).as(spelling.getKey()).isEqualTo(spelling.getValue());
        }
        assertThat(patch("{\"anonymize_data\": \"null\"}").json().get("anonymize_data").isNull()).isTrue();
        assertThat(patch("{\"allow_impersonation\": null}").json().get("allow_impersonation").isNull()).isTrue();
        for (String bad : List.of("\"maybe\"", "2", "[]", "{}", "0.5")) {
            assertInvalid(patch("{\"anonymize_data\": " + bad + "}"), "invalid_input", "Must be a valid boolean.",
                    "anonymize_data");
        }
    }

    @Test
    void choices_have_their_own_null_and_blank_rules() {
        assertThat(patch("{\"toolbar_mode\": \"\"}").json().get("toolbar_mode").asText()).isEmpty();
        assertThat(patch("{\"theme_mode\": \"dark\"}").json().get("theme_mode").asText()).isEqualTo("dark");
        assertThat(patch("{\"theme_mode\": null}").json().get("theme_mode").isNull()).isTrue();
        assertThat(patch("{\"shortcut_position\": \"below\"}").json().get("shortcut_position").asText())
                .isEqualTo("below");
        assertThat(patch("{\"shortcut_position\": null}").json().get("shortcut_position").asText()).isEqualTo("above");
        assertInvalid(patch("{\"theme_mode\": \"neon\"}"), "invalid_choice", "\"neon\" is not a valid choice.",
                "theme_mode");
        assertInvalid(patch("{\"toolbar_mode\": true}"), "invalid_choice", "\"True\" is not a valid choice.",
                "toolbar_mode");
        assertInvalid(patch("{\"role_at_organization\": \"\"}"), "invalid_choice", "\"\" is not a valid choice.",
                "role_at_organization");
        assertInvalid(patch("{\"role_at_organization\": null}"), "null", "This field may not be null.",
                "role_at_organization");
        assertInvalid(patch("{\"role_at_organization\": \"chef\"}"), "invalid_choice",
                "\"chef\" is not a valid choice.", "role_at_organization");
        assertThat(patch("{\"role_at_organization\": \"student\"}").status()).isEqualTo(200);
    }

    @Test
    void names_follow_posthogs_display_name_rules() {
        assertInvalid(patch("{\"first_name\": \"" + "x".repeat(151) + "\"}"), "max_length",
                "Ensure this field has no more than 150 characters.", "first_name");
        assertInvalid(patch("{\"first_name\": \"Ada\\nLovelace\"}"), "invalid_control_char",
                "Line breaks and control characters are not allowed in this field.", "first_name");
        assertInvalid(patch("{\"last_name\": \"A\\u200bda\"}"), "invalid_invisible_char",
                "Invisible or direction-override characters are not allowed in this field.", "last_name");
        assertInvalid(patch("{\"first_name\": \"<b>Ada</b>\"}"), "invalid_bracket",
                "Angle brackets are not allowed in this field.", "first_name");
        for (String url : List.of("http://evil", "javascript:alert(1)", "www.evil", "evil.com", "Dr.Who",
                "\uff48\uff54\uff54\uff50\uff1a\uff0f\uff0fx")) {
            assertInvalid(patch("{\"first_name\": \"" + url + "\"}"), "invalid_url",
                    "URLs are not allowed in this field.", "first_name");
        }
        assertInvalid(patch("{\"first_name\": null}"), "null", "This field may not be null.", "first_name");
        assertInvalid(patch("{\"first_name\": true}"), "invalid_input", "Not a valid string.", "first_name");
        assertThat(patch("{\"first_name\": \"   \"}").json().get("first_name").asText()).isEmpty();
        assertThat(patch("{\"first_name\": 42}").json().get("first_name").asText()).isEqualTo("42");
        assertThat(patch("{\"first_name\": \"Zo\\u00eb\"}").json().get("first_name").asText()).isEqualTo("Zo\u00eb");
    }

    @Test
    void text_is_measured_and_trimmed_as_python_does() {
        String emoji = "\uD83E\uDD94";
        assertThat(patch("{\"first_name\": \"" + emoji.repeat(150) + "\"}").status()).isEqualTo(200);
        assertInvalid(patch("{\"first_name\": \"" + emoji.repeat(151) + "\"}"), "max_length",
                "Ensure this field has no more than 150 characters.", "first_name");
        assertThat(patch("{\"first_name\": \"\\u00a0Ada\\u202f\\u0085\"}").json().get("first_name").asText())
                .isEqualTo("Ada");
        // DRF's own validators run before PostHog's validate_first_name: the NUL is reported as such.
        assertInvalid(patch("{\"first_name\": \"Ada\\u0000\"}"), "null_characters_not_allowed",
                "Null characters are not allowed.", "first_name");
        assertInvalid(patch("{\"set_current_team\": \"1\\u0000\"}"), "null_characters_not_allowed",
                "Null characters are not allowed.", "set_current_team");
        assertInvalid(patch("{\"last_name\": \"A\\ud800da\"}"), "surrogate_characters_not_allowed",
                "Surrogate characters are not allowed: U+D800.", "last_name");
    }

    @Test
    void the_first_bad_field_in_posthogs_order_is_reported_and_nothing_is_saved() {
        ApiServer.Response response = patch("""
                {"theme_mode": "neon", "first_name": "evil.com", "anonymize_data": "maybe", "last_name": "Ok"}""");

        assertInvalid(response, "invalid_url", "URLs are not allowed in this field.", "first_name");
        assertThat(api.persistence().users().byId(ada.id()).orElseThrow().lastName()).isEqualTo("Last");
    }

    @Test
    void a_body_that_is_not_an_object_is_refused_as_posthog_does() {
        assertInvalid(patch("[1, 2]"), "invalid_input", "Invalid data. Expected a dictionary, but got list.", null);
        assertInvalid(patch("\"text\""), "invalid_input", "Invalid data. Expected a dictionary, but got str.", null);
        ApiServer.Response malformed = patch("{\"first_name\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("code").asText()).isEqualTo("parse_error");
        assertThat(patch("{}").status()).isEqualTo(200);
    }

    @Test
    void only_staff_may_send_is_staff_and_then_nothing_else_is_saved() {
        ApiServer.Response refused = patch("{\"first_name\": \"Changed\", \"is_staff\": false}");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json()).isEqualTo(error("authentication_error", "permission_denied",
                "You are not a staff user, contact your instance admin.", null));
        assertThat(api.persistence().users().byId(ada.id()).orElseThrow().firstName()).isEqualTo("First");

        User root = api.data().staff("root@example.com");
        String rootKey = api.data().apiKey(root, ApiScopes.ALL).value();
        JsonNode promoted = api.request("PATCH", "/api/users/" + ada.uuid() + "/").bearer(rootKey)
                .json("{\"is_staff\": true}").send().json();
        assertThat(promoted.get("is_staff").asBoolean()).isTrue();
        assertThat(api.request("PATCH", "/api/users/" + ada.uuid() + "/").bearer(rootKey)
                .json("{\"is_staff\": \"false\"}").send().json().get("is_staff").asBoolean()).isFalse();
    }

    @Test
    void a_non_staff_user_patching_someone_else_is_refused_before_the_body_is_read() {
        User bob = api.data().user("bob@example.com");

        ApiServer.Response response = api.request("PATCH", "/api/users/" + bob.uuid() + "/").bearer(key)
                .json("{\"theme_mode\": \"neon\"}").send();

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().get("detail").asText())
                .isEqualTo("As a non-staff user you're only allowed to access the `@me` user instance.");
    }

    @Test
    void a_read_key_cannot_write() {
        String reader = api.data().apiKey(ada, ApiScopes.of(List.of(ApiScope.USER_READ))).value();

        ApiServer.Response response = api.request("PATCH", "/api/users/@me/").bearer(reader)
                .json("{\"theme_mode\": \"dark\"}").send();

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().get("detail").asText()).isEqualTo("API key missing required scope 'user:write'");
    }

    @Test
    void put_needs_email_and_password() {
        ApiServer.Response response = api.request("PUT", "/api/users/@me/").bearer(key)
                .json("{\"first_name\": \"x\"}").send();

        assertInvalid(response, "required", "This field is required.", "email");
    }

    @Test
    void a_fields_own_checks_run_in_field_order_before_later_fields_are_read() {
        api.data().user("taken@example.com");
        Organization foreign = api.data().organization("Foreign");
        ApiServer.Browser browser = api.logIn("ada@example.com", PASSWORD);

        ApiServer.Response taken = api.request("PATCH", "/api/users/@me/").session(browser)
                .json("{\"email\": \"taken@example.com\", \"theme_mode\": \"neon\"}").send();
        assertInvalid(taken, "unique", "There is already an account with this email address.", "email");
        assertInvalid(patch("{\"notification_settings\": {\"bogus\": true}, \"toolbar_mode\": \"x\"}"),
                "invalid_input", "Key bogus is not valid as a key for notification settings", "notification_settings");
        assertInvalid(patch("{\"set_current_organization\": \"" + foreign.id()
                        + "\", \"role_at_organization\": \"chef\"}"), "does_not_exist", "Object with id=" + foreign.id() + " does not exist.", "set_current_organization");
        assertInvalid(patch("{\"theme_mode\": \"neon\", \"passkeys_enabled_for_2fa\": true}"), "invalid_choice",
                "\"neon\" is not a valid choice.", "theme_mode");
        assertInvalid(patch("{\"passkeys_enabled_for_2fa\": true, \"set_current_team\": \"999\"}"),
                "does_not_exist", "Object with id=999 does not exist.", "set_current_team");
    }

    @Test
    void a_private_project_is_only_for_the_organizations_admins() {
        Organization acme = api.data().organization("Acme");
        api.data().project(acme, "Web");
        Project secret = api.data().privateProject(acme, "Secret");
        api.data().member(acme, ada, MembershipLevel.MEMBER);
        User root = api.data().user("root@example.com");
        api.data().member(acme, root, MembershipLevel.ADMIN);
        String rootKey = api.data().apiKey(root, ApiScopes.ALL).value();

        assertInvalid(patch("{\"set_current_team\": " + secret.id() + "}"), "does_not_exist",
                "Object with id=" + secret.id() + " does not exist.", "set_current_team");
        ApiServer.Response admin = api.request("PATCH", "/api/users/@me/").bearer(rootKey)
                .json("{\"set_current_team\": " + secret.id() + "}").send();
        assertThat(admin.status()).isEqualTo(200);
        assertThat(admin.json().get("team").get("id").asLong()).isEqualTo(secret.id().value());
    }

    @Test
    void passkeys_cannot_be_required_without_a_passkey() {
        assertInvalid(patch("{\"passkeys_enabled_for_2fa\": true}"), "no_passkeys",
                "You must have at least one passkey set up before enabling passkeys for 2FA.",
                "passkeys_enabled_for_2fa");
    }

    @Test
    void switching_organization_and_project_is_checked_against_the_callers_memberships() {
        Organization acme = api.data().organization("Acme");
        Project web = api.data().project(acme, "Web");
        Project app = api.data().project(acme, "App");
        Organization globex = api.data().organization("Globex");
        Project other = api.data().project(globex, "Other");
        Organization foreign = api.data().organization("Foreign");
        Project elsewhere = api.data().project(foreign, "Elsewhere");
        api.data().member(acme, ada, MembershipLevel.MEMBER);
        api.data().member(globex, ada, MembershipLevel.MEMBER);

        JsonNode toGlobex = patch("{\"set_current_organization\": \"" + globex.id() + "\"}").json();
        assertThat(toGlobex.get("organization").get("id").asText()).isEqualTo(globex.id().toString());
        assertThat(toGlobex.get("team").get("id").asLong()).isEqualTo(other.id().value());

        JsonNode toApp = patch("{\"set_current_team\": " + app.id().value() + "}").json();
        assertThat(toApp.get("organization").get("id").asText()).isEqualTo(acme.id().toString());
        assertThat(toApp.get("team").get("id").asLong()).isEqualTo(app.id().value());

        JsonNode both = patch("{\"set_current_organization\": \"" + acme.id() + "\", \"set_current_team\": \""
                + web.id().value() + "\"}").json();
        assertThat(both.get("team").get("id").asLong()).isEqualTo(web.id().value());

        assertInvalid(patch("{\"set_current_organization\": \"" + foreign.id() + "\"}"), "does_not_exist",
                "Object with id=" + foreign.id() + " does not exist.", "set_current_organization");
        assertInvalid(patch("{\"set_current_organization\": \"acme\"}"), "invalid_input",
                "\u201cacme\u201d is not a valid UUID.", "set_current_organization");
        assertInvalid(patch("{\"set_current_team\": " + elsewhere.id().value() + "}"), "does_not_exist",
                "Object with id=" + elsewhere.id().value() + " does not exist.", "set_current_team");
        assertInvalid(patch("{\"set_current_team\": \"web\"}"), "does_not_exist",
                "Object with id=web does not exist.", "set_current_team");
        assertInvalid(patch("{\"set_current_organization\": \"" + acme.id() + "\", \"set_current_team\": "
                        + other.id().value() + "}"), "invalid_input",
                "Team must belong to the same organization in set_current_organization.", "set_current_team");
        assertThat(api.get("/api/users/@me/", key).json().get("team").get("id").asLong()).isEqualTo(web.id().value());
    }

    @Test
    void an_old_session_may_still_change_the_harmless_settings_but_nothing_else() {
        ApiServer.Browser browser = logIn();
        api.advance(Duration.ofHours(2));

        assertThat(api.request("PATCH", "/api/users/@me/").session(browser)
                .json("{\"theme_mode\": \"dark\", \"shortcut_position\": \"below\"}").send().status()).isEqualTo(200);
        for (String body : List.of("{\"first_name\": \"Ada\"}", "{}",
                "{\"theme_mode\": \"dark\", \"last_name\": \"x\"}")) {
            ApiServer.Response refused = api.request("PATCH", "/api/users/@me/").session(browser).json(body).send();
            assertThat(refused.status()).as(body).isEqualTo(403);
            assertThat(refused.json()).isEqualTo(error("authentication_error", "sensitive_action_required_reauth",
                    "This action requires you to be recently authenticated.", null));
        }
        assertThat(api.request("PATCH", "/api/users/@me/").bearer(key).json("{\"first_name\": \"Ada\"}").send()
                .status()).isEqualTo(200);
    }

    @Test
    void a_stale_session_is_sent_to_log_in_again_before_its_password_guesses_are_counted() {
        ApiServer.Browser browser = logIn();
        api.advance(Duration.ofHours(3));

        for (int i = 0; i < 8; i++) {
            ApiServer.Response refused = api.request("PATCH", "/api/users/@me/").session(browser)
                    .json("{\"password\": \"a new long password 1\", \"current_password\": \"guess " + i + "\"}")
                    .send();
            assertThat(refused.status()).as("attempt " + i).isEqualTo(403);
            assertThat(refused.json().get("code").asText()).isEqualTo("sensitive_action_required_reauth");
        }
        ApiServer.Browser fresh = logIn();
        ApiServer.Response counted = api.request("PATCH", "/api/users/@me/").session(fresh)
                .json("{\"current_password\": \"guess\", \"first_name\": \"Ada\"}").send();
        assertThat(counted.status()).isEqualTo(200);
    }

    private ApiServer.Response patch(String body) {
        return api.request("PATCH", "/api/users/@me/").bearer(key).json(body).send();
    }

    static void assertInvalid(ApiServer.Response response, String code, String detail, String attr) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json()).isEqualTo(error("validation_error", code, detail, attr));
    }
}
