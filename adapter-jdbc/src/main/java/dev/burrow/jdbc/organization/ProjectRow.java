package dev.burrow.jdbc.organization;

import dev.burrow.domain.organization.OrganizationId;
import dev.burrow.domain.organization.Project;
import dev.burrow.domain.organization.ProjectId;
import dev.burrow.jdbc.database.JsonColumns;

import java.time.Instant;
import java.util.UUID;

/** One row of {@code projects}. */
record ProjectRow(
        long id,
        UUID uuid,
        UUID organizationId,
        long projectNumber,
        String apiToken,
        String name,
        boolean completedSnippetOnboarding,
        String hasCompletedOnboardingFor,
        boolean ingestedEvent,
        boolean isDemo,
        String timezone,
        boolean accessControl,
        Instant createdAt) {

    static ProjectRow of(Project project) {
        return new ProjectRow(project.id().value(), project.uuid(), project.organizationId().value(),
                project.projectNumber(), project.apiToken(), project.name(), project.completedSnippetOnboarding(),
                JsonColumns.text(project.hasCompletedOnboardingFor()), project.ingestedEvent(), project.demo(),
                project.timezone(), project.accessControl(), project.createdAt());
    }

    Project toProject() {
        return new Project(new ProjectId(id), uuid, new OrganizationId(organizationId), projectNumber, apiToken, name,
                completedSnippetOnboarding, JsonColumns.document(hasCompletedOnboardingFor), ingestedEvent, isDemo,
                timezone, accessControl, createdAt);
    }
}
