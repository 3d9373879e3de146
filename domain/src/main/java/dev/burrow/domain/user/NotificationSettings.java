package dev.burrow.domain.user;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which notifications a user has turned off. Only the keys the user has set are stored; reading them back lays
 * them over PostHog's defaults. Values are plain Java: {@code Boolean}, {@code Double}, or (for the per-project
 * and per-type keys) {@code Map<String, ...>} of those.
 */
public final class NotificationSettings {

    private static final Map<String, Object> DEFAULTS = defaults();

    private static final NotificationSettings NONE = new NotificationSettings(Map.of());

    private final Map<String, Object> stored;

    private NotificationSettings(Map<String, Object> stored) {
        this.stored = stored;
    }

    /** No setting changed from the defaults. */
    public static NotificationSettings none() {
        return NONE;
    }

    /** The settings as stored: only the keys the user set. */
    public static NotificationSettings restore(Map<String, Object> stored) {
        return stored == null || stored.isEmpty() ? NONE : new NotificationSettings(deepCopy(stored));
    }

    /** The keys the user has set, as they are stored. */
    public Map<String, Object> stored() {
        return stored;
    }

    /** What applies: the defaults with the user's keys laid over them, in PostHog's key order. */
    public Map<String, Object> effective() {
        Map<String, Object> merged = new LinkedHashMap<>(DEFAULTS);
        merged.putAll(stored);
        return Collections.unmodifiableMap(merged);
    }

    /** PostHog's defaults, in the order its serializer lists them. */
    public static Map<String, Object> defaultValues() {
        return DEFAULTS;
    }

    private static Map<String, Object> defaults() {
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("plugin_disabled", true);
        defaults.put("discussions_mentioned", true);
        defaults.put("project_weekly_digest_disabled", Map.of());
        defaults.put("all_weekly_digest_disabled", false);
        defaults.put("error_tracking_issue_assigned", true);
        defaults.put("error_tracking_weekly_digest", true);
        defaults.put("data_pipeline_error_threshold", 0.01d);
        defaults.put("project_api_key_exposed", true);
        defaults.put("materialized_view_sync_failed", false);
        defaults.put("web_analytics_weekly_digest", true);
        defaults.put("organization_member_join_email_disabled", Map.of());
        defaults.put("realtime_notifications_disabled", Map.of());
        defaults.put("pipeline_notifications_disabled", Map.of());
        return Collections.unmodifiableMap(defaults);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> deepCopy(Map<String, ?> source) {
        Map<String, Object> copy = new LinkedHashMap<>();
        source.forEach((key, value) -> copy.put(key, value instanceof Map<?, ?> map
                ? deepCopy((Map<String, ?>) map)
                : value instanceof List<?> list ? List.copyOf(list) : value));
        return Collections.unmodifiableMap(copy);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NotificationSettings that && stored.equals(that.stored);
    }

    @Override
    public int hashCode() {
        return stored.hashCode();
    }

    @Override
    public String toString() {
        return "NotificationSettings" + stored;
    }
}
