package dev.burrow.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.burrow.domain.apikey.ApiScopes;
import dev.burrow.domain.user.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static dev.burrow.http.ApiServer.json;
import static dev.burrow.http.UserUpdateTest.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

/** PATCH of notification_settings: PostHog's validation and merge rules, message for message. */
class NotificationSettingsTest extends ApiTestCase {

    private String key;

    @BeforeEach
    void start() {
        key = api.data().apiKey(ada, ApiScopes.ALL).value();
    }

    @Test
    void boolean_settings_change_and_the_whole_merged_map_is_stored() {
        JsonNode settings = settings("{\"plugin_disabled\": false, \"all_weekly_digest_disabled\": true}");

        assertThat(settings.get("plugin_disabled").asBoolean()).isFalse();
        assertThat(settings.get("all_weekly_digest_disabled").asBoolean()).isTrue();
        assertThat(settings.get("discussions_mentioned").asBoolean()).isTrue();
        assertThat(api.persistence().users().byId(ada.id()).orElseThrow().notificationSettings().stored())
                .containsKeys("plugin_disabled", "discussions_mentioned", "pipeline_notifications_disabled")
                .hasSize(13);
    }

    @Test
    void map_valued_settings_merge_shallowly_with_string_keys() {
        settings("{\"project_weekly_digest_disabled\": {\"1\": true, \"2\": true}}");

        JsonNode settings = settings("{\"project_weekly_digest_disabled\": {\"2\": false, \"3\": true},"
                + " \"error_tracking_weekly_digest_project_enabled\": {\"7\": true}}");

        assertThat(settings.get("project_weekly_digest_disabled"))
                .isEqualTo(json("{\"1\": true, \"2\": false, \"3\": true}"));
        assertThat(settings.get("error_tracking_weekly_digest_project_enabled")).isEqualTo(json("{\"7\": true}"));
    }

    @Test
    void realtime_settings_merge_per_type_and_project() {
        settings("{\"realtime_notifications_disabled\": {\"comment_mention\": {\"1\": true}}}");

        JsonNode settings = settings("{\"realtime_notifications_disabled\": {\"comment_mention\": {\"2\": true},"
                + " \"alert_firing\": {\"1\": false}}}");

        assertThat(settings.get("realtime_notifications_disabled")).isEqualTo(json(
                "{\"comment_mention\": {\"1\": true, \"2\": true}, \"alert_firing\": {\"1\": false}}"));
    }

    @Test
    void the_threshold_is_a_number_from_zero_to_one_stored_as_a_float() {
        assertThat(settings("{\"data_pipeline_error_threshold\": 1}").get("data_pipeline_error_threshold").asText())
                .isEqualTo("1.0");
        assertThat(settings("{\"data_pipeline_error_threshold\": 0.25}").get("data_pipeline_error_threshold")
                .asDouble()).isEqualTo(0.25);
        assertInvalid(patch("{\"data_pipeline_error_threshold\": 1.5}"), "invalid_input",
                "data_pipeline_error_threshold must be between 0.0 and 1.0, got 1.5", "notification_settings");
        assertInvalid(patch("{\"data_pipeline_error_threshold\": -2}"), "invalid_input",
                "data_pipeline_error_threshold must be between 0.0 and 1.0, got -2", "notification_settings");
        assertInvalid(patch("{\"data_pipeline_error_threshold\": \"0.5\"}"), "invalid_input",
                "data_pipeline_error_threshold must be a number, got <class 'str'> instead", "notification_settings");
    }

    @Test
    void every_wrong_shape_gets_posthogs_message() {
        assertInvalid(patch("{\"no_such_key\": true}"), "invalid_input",
                "Key no_such_key is not valid as a key for notification settings", "notification_settings");
        assertInvalid(patch("{\"plugin_disabled\": 1}"), "invalid_input",
                "1 is not a valid type for notification settings, should be <class 'bool'>", "notification_settings");
        assertInvalid(patch("{\"plugin_disabled\": \"yes\"}"), "invalid_input",
                "yes is not a valid type for notification settings, should be <class 'bool'>",
                "notification_settings");
        assertInvalid(patch("{\"project_weekly_digest_disabled\": [1]}"), "invalid_input",
                "project_weekly_digest_disabled must be a dictionary mapping IDs to boolean values",
                "notification_settings");
        assertInvalid(patch("{\"project_weekly_digest_disabled\": {\"1\": \"yes\"}}"), "invalid_input",
                "Notification setting values must be boolean, got <class 'str'> instead", "notification_settings");
        assertInvalid(patch("{\"realtime_notifications_disabled\": []}"), "invalid_input",
                "realtime_notifications_disabled must be a dict", "notification_settings");
        assertInvalid(patch("{\"realtime_notifications_disabled\": {\"gossip\": {}}}"), "invalid_input",
                "Unknown notification type gossip", "notification_settings");
        assertInvalid(patch("{\"realtime_notifications_disabled\": {\"reminder\": true}}"), "invalid_input",
                "Per-type value for reminder must be a dict of team_id to bool", "notification_settings");
        assertInvalid(patch("{\"realtime_notifications_disabled\": {\"reminder\": {\"1\": 0}}}"), "invalid_input",
                "Disabled flag for reminder must be boolean, got <class 'int'>", "notification_settings");
        assertInvalid(patch("{\"pipeline_notifications_disabled\": {\"webhook:1\": true}}"), "invalid_input",
                "Invalid pipeline id: 'webhook:1'", "notification_settings");
        assertInvalid(api.request("PATCH", "/api/users/@me/").bearer(key)
                        .json("{\"notification_settings\": [true]}").send(), "not_a_dict",
                "Expected a dictionary of items but got type \"list\".", "notification_settings");
    }

    @Test
    void at_most_a_thousand_pipelines_are_silenced() {
        StringBuilder many = new StringBuilder("{\"pipeline_notifications_disabled\": {");
        for (int i = 0; i < 1000; i++) {
            many.append(i == 0 ? "" : ", ").append("\"hog_function:f").append(i).append("\": true");
        }
        assertThat(patch(many.append("}}").toString()).status()).isEqualTo(200);

        assertInvalid(patch("{\"pipeline_notifications_disabled\": {\"batch_export:one-more\": true}}"),
                "invalid_input", "pipeline_notifications_disabled cannot have more than 1000 entries",
                "notification_settings");
        assertThat(patch("{\"pipeline_notifications_disabled\": {\"hog_function:f1\": false}}").status())
                .isEqualTo(200);
    }

    private ApiServer.Response patch(String settings) {
        return api.request("PATCH", "/api/users/@me/").bearer(key)
                .json("{\"notification_settings\": " + settings + "}").send();
    }

    private JsonNode settings(String settings) {
        ApiServer.Response response = patch(settings);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("notification_settings");
    }
}
