package dev.burrow.domain.user;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class NotificationSettingsTest {

    @Test
    void stored_keys_are_laid_over_the_defaults_in_posthogs_order() {
        Map<String, Object> stored = new LinkedHashMap<>();
        stored.put("plugin_disabled", false);
        stored.put("error_tracking_weekly_digest_project_enabled", Map.of("3", true));

        Map<String, Object> effective = NotificationSettings.restore(stored).effective();

        assertThat(List.copyOf(effective.keySet())).containsExactly("plugin_disabled", "discussions_mentioned",
                "project_weekly_digest_disabled", "all_weekly_digest_disabled", "error_tracking_issue_assigned",
                "error_tracking_weekly_digest", "data_pipeline_error_threshold", "project_api_key_exposed",
                "materialized_view_sync_failed", "web_analytics_weekly_digest",
                "organization_member_join_email_disabled", "realtime_notifications_disabled",
                "pipeline_notifications_disabled", "error_tracking_weekly_digest_project_enabled");
        assertThat(effective.get("plugin_disabled")).isEqualTo(false);
        assertThat(effective.get("data_pipeline_error_threshold")).isEqualTo(0.01d);
        assertThat(NotificationSettings.none().stored()).isEmpty();
    }
}
