package dev.burrow.http.user;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.burrow.domain.organization.Project;

/** PostHog's {@code ProjectBasic}, the items of an organization's {@code projects}. */
@JsonPropertyOrder({"id", "organization_id", "name"})
record ProjectResponse(long id, @JsonProperty("organization_id") String organizationId, String name) {

    static ProjectResponse from(Project project) {
        return new ProjectResponse(project.projectNumber(), project.organizationId().toString(), project.name());
    }
}
