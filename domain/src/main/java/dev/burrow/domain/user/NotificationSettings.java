package dev.burrow.domain.user;

import dev.burrow.domain.HostApi;

import dev.burrow.domain.failure.InvalidInputException;
import dev.burrow.domain.text.PythonText;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which notifications a user has turned off. Only the keys the user has set are stored; reading them back lays
 * them over PostHog's defaults. Values are plain Java: {@code Boolean}, {@code Double}, or (for the per-project
 * and per-type keys) {@code Map<String, ...>} of those.
 */
@HostApi
public final class NotificationSettings {

    private static final Map<String, Object> DEFAULTS = defaults();
    private static final String ATTR = "notification_settings";
    private static final Set<String> MAP_VALUED = Set.of("project_weekly_digest_disabled",
            "error_tracking_weekly_digest_project_enabled", "web_analytics_weekly_digest_project_enabled",
            "organization_member_join_email_disabled", "pipeline_notifications_disabled");
    private static final String REALTIME = "realtime_notifications_disabled";
    private static final String THRESHOLD = "data_pipeline_error_threshold";
    private static final String PIPELINES = "pipeline_notifications_disabled";
    private static final int MAX_PIPELINES = 1000;
    private static final Pattern PIPELINE_ID = Pattern.compile("^(?:hog_function|batch_export|plugin_config):[0-9a-zA-Z-]{1,128}$");
    /** PostHog's realtime notification types. */
    private static final Set<String> NOTIFICATION_TYPES = Set.of("comment_mention", "alert_firing", "issue_assigned",
            "approval_requested", "approval_resolved", "experiment_concluded", "pipeline_failure", "project_created",
            "usage_spike", "reminder", "web_analytics_digest", "achievement_unlocked");

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

    /**
     * A change of the settings as a caller sent it: the keys to set, in the order sent, each with its plain Java
     * value ({@code Boolean}, a number, or a {@code Map} of those). Nothing is checked yet: {@link #merge} checks
     * each key as it applies it, so the first bad key in the caller's order is the one reported.
     */
    @HostApi
    public record Change(Map<String, Object> entries) {

        public Change {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        /** The change {@code sent} asks for, key by key in its order. */
        public static Change of(Map<String, ?> sent) {
            return new Change(new LinkedHashMap<>(sent));
        }
    }

    /**
     * These settings with {@code change} applied by PostHog's rules, checked key by key in the order given:
     * map-valued keys merge shallowly into what is set, realtime types merge per type and project, the threshold is
     * a number from 0 to 1, everything else is a boolean. What is stored afterwards is the whole merged map,
     * defaults included, as PostHog stores it.
     */
    public NotificationSettings merge(Change change) {
        Map<String, Object> current = new LinkedHashMap<>(effective());
        for (Map.Entry<String, Object> entry : change.entries().entrySet()) {
            String key = entry.getKey();
            Object value = entry.getValue();
            if (!DEFAULTS.containsKey(key) && !MAP_VALUED.contains(key)) {
                throw invalid("Key " + key + " is not valid as a key for notification settings");
            }
            if (MAP_VALUED.contains(key)) {
                current.put(key, mergedMap(key, value, current.get(key)));
            } else if (key.equals(REALTIME)) {
                current.put(key, mergedRealtime(value, current.get(key)));
            } else if (key.equals(THRESHOLD)) {
                current.put(key, threshold(value));
            } else {
                if (!(value instanceof Boolean)) {
                    throw invalid(PythonText.str(value)
                            + " is not a valid type for notification settings, should be <class 'bool'>");
                }
                current.put(key, value);
            }
        }
        return new NotificationSettings(deepCopy(current));
    }

    private static Map<String, Object> mergedMap(String key, Object value, Object existing) {
        if (!(value instanceof Map<?, ?> incoming)) {
            throw invalid(key + " must be a dictionary mapping IDs to boolean values");
        }
        for (Object flag : incoming.values()) {
            if (!(flag instanceof Boolean)) {
                throw invalid("Notification setting values must be boolean, got " + PythonText.type(flag)
                        + " instead");
            }
        }
        Map<String, Object> merged = new LinkedHashMap<>(asMap(existing));
        incoming.forEach((id, flag) -> merged.put(String.valueOf(id), flag));
        if (key.equals(PIPELINES)) {
            for (Object id : incoming.keySet()) {
                if (!PIPELINE_ID.matcher(String.valueOf(id)).matches()) {
                    throw invalid("Invalid pipeline id: " + PythonText.repr(String.valueOf(id)));
                }
            }
            if (merged.size() > MAX_PIPELINES) {
                throw invalid(PIPELINES + " cannot have more than " + MAX_PIPELINES + " entries");
            }
        }
        return merged;
    }

    private static Map<String, Object> mergedRealtime(Object value, Object existing) {
        if (!(value instanceof Map<?, ?> incoming)) {
            throw invalid(REALTIME + " must be a dict");
        }
        for (Map.Entry<?, ?> type : incoming.entrySet()) {
            String name = String.valueOf(type.getKey());
            if (!NOTIFICATION_TYPES.contains(name)) {
                throw invalid("Unknown notification type " + name);
            }
            if (!(type.getValue() instanceof Map<?, ?> perProject)) {
                throw invalid("Per-type value for " + name + " must be a dict of team_id to bool");
            }
            for (Object flag : perProject.values()) {
                if (!(flag instanceof Boolean)) {
                    throw invalid("Disabled flag for " + name + " must be boolean, got " + PythonText.type(flag));
                }
            }
        }
        Map<String, Object> before = asMap(existing);
        Map<String, Object> merged = new LinkedHashMap<>(before);
        incoming.forEach((type, perProject) -> {
            Map<String, Object> projects = new LinkedHashMap<>(asMap(before.get(String.valueOf(type))));
            ((Map<?, ?>) perProject).forEach((project, flag) -> projects.put(String.valueOf(project), flag));
            merged.put(String.valueOf(type), projects);
        });
        return merged;
    }

    /** Python counts booleans as numbers, so {@code true} is 1.0 here, as in PostHog. */
    private static Double threshold(Object value) {
        double number;
        if (value instanceof Boolean flag) {
            number = flag ? 1.0 : 0.0;
        } else if (value instanceof Number given) {
            number = given.doubleValue();
        } else {
            throw invalid(THRESHOLD + " must be a number, got " + PythonText.type(value) + " instead");
        }
        if (number < 0.0 || number > 1.0) {
            throw invalid(THRESHOLD + " must be between 0.0 and 1.0, got " + PythonText.str(value));
        }
        return number;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    private static InvalidInputException invalid(String detail) {
        return InvalidInputException.invalid(detail, ATTR);
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
