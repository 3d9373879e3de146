package dev.burrow.http.user;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonRawValue;
import dev.burrow.domain.json.JsonDocument;
import dev.burrow.domain.organization.Project;

/** PostHog's {@code TeamBasic}: a project as the user object and its organization's {@code teams} show it. */
@JsonPropertyOrder({"id", "uuid", "organization", "project_id", "api_token", "name", "completed_snippet_onboarding",
        "has_completed_onboarding_for", "ingested_event", "is_demo", "timezone", "access_control"})
record TeamResponse(
        long id,
        String uuid,
        String organization,
        @JsonProperty("project_id") long projectId,
        @JsonProperty("api_token") String apiToken,
        String name,
        @JsonProperty("completed_snippet_onboarding") boolean completedSnippetOnboarding,
        @JsonRawValue @JsonProperty("has_completed_onboarding_for") String hasCompletedOnboardingFor,
        @JsonProperty("ingested_event") boolean ingestedEvent,
        @JsonProperty("is_demo") boolean isDemo,
        String timezone,
        @JsonProperty("access_control") boolean accessControl) {

    static TeamResponse from(Project project) {
        return new TeamResponse(project.id().value(), project.uuid().toString(),
                project.organizationId().toString(), project.projectNumber(), project.apiToken(), project.name(),
                project.completedSnippetOnboarding(), raw(project.hasCompletedOnboardingFor()),
                project.ingestedEvent(), project.demo(), project.timezone(), project.accessControl());
    }

    static String raw(JsonDocument document) {
        return document == null ? null : document.json();
    }
}
