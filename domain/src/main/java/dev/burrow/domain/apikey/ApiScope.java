package dev.burrow.domain.apikey;

import dev.burrow.domain.HostApi;

import dev.burrow.domain.failure.InvalidInputException;

import java.util.Objects;
import java.util.Set;

/**
 * One permission an API key carries: {@code <object>:<read|write>}, or {@code *} for everything. The objects are
 * PostHog's public scope objects (so keys created for PostHog's other APIs validate here too) plus
 * {@code personal_api_key}, which guards burrow's own key management.
 */
@HostApi
public record ApiScope(String value) {

    public static final ApiScope ALL = new ApiScope("*");
    public static final ApiScope USER_READ = new ApiScope("user:read");
    public static final ApiScope USER_WRITE = new ApiScope("user:write");
    public static final ApiScope PERSONAL_API_KEY_READ = new ApiScope("personal_api_key:read");
    public static final ApiScope PERSONAL_API_KEY_WRITE = new ApiScope("personal_api_key:write");

    private static final Set<String> OBJECTS = Set.of(
            "action", "access_control", "account", "activity_log", "alert", "annotation", "approvals",
            "batch_export", "batch_import", "batch_import_support", "billing", "business_knowledge", "canvas",
            "cohort", "comment", "conversation", "customer_analytics", "customer_task", "customer_journey",
            "customer_profile_config", "data_catalog", "data_catalog_approval", "dashboard", "event_filter",
            "dashboard_template", "dataset", "early_access_feature", "endpoint", "engineering_analytics",
            "error_tracking", "evaluation", "element", "event_definition", "experiment", "experiment_holdout",
            "experiment_saved_metric", "export", "external_data_schema", "external_data_source", "feature_flag",
            "file_system", "file_system_shortcut", "group", "health_issue", "heatmap", "hog_flow", "hog_function",
            "ingestion_warning", "insight", "insight_variable", "integration", "legal_document", "link",
            "live_debugger", "llm_analytics", "ai_observability_clusters", "llm_gateway", "llm_playground",
            "llm_prompt", "llm_provider_key", "llm_skill", "logs", "loop", "marketing_analytics", "mcp_analytics",
            "metrics", "notebook", "organization", "organization_integration", "organization_member", "person",
            "personal_api_key", "plugin", "product_enablement", "product_tour", "project", "property_definition",
            "query", "query_performance", "replay_scanner", "review_hog", "revenue_analytics", "session_recording",
            "session_recording_playlist", "sharing_configuration", "signal_scout", "stamphog", "streamlit_app",
            "subscription", "survey", "tagger", "ticket", "task", "toolbar", "tracing", "field_note",
            "uploaded_media", "usage_metric", "user", "user_interview", "vision_action", "vision_alert",
            "visual_review", "warehouse_objects", "warehouse_table", "warehouse_view", "web_analytics", "webhook",
            "wizard_session");

    public ApiScope {
        Objects.requireNonNull(value, "value");
    }

    /** Parses a scope, failing with PostHog's "Invalid scope: ..." for anything it does not know. */
    public static ApiScope parse(String value) {
        if (value != null && isKnown(value)) {
            return new ApiScope(value);
        }
        throw InvalidInputException.invalid("Invalid scope: " + value, "scopes");
    }

    private static boolean isKnown(String value) {
        if (value.equals("*")) {
            return true;
        }
        int colon = value.indexOf(':');
        if (colon < 0) {
            return false;
        }
        String action = value.substring(colon + 1);
        return OBJECTS.contains(value.substring(0, colon)) && (action.equals("read") || action.equals("write"));
    }

    /** For {@code user:read}, the {@code user:write} that implies it; otherwise this scope itself. */
    ApiScope impliedByWrite() {
        return value.endsWith(":read") ? new ApiScope(value.substring(0, value.length() - 4) + "write") : this;
    }

    @Override
    public String toString() {
        return value;
    }
}
