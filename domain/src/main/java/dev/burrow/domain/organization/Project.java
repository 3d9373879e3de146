package dev.burrow.domain.organization;

import dev.burrow.domain.HostApi;

import dev.burrow.domain.json.JsonDocument;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A project of an organization (PostHog's "team"), as the host system describes it. {@code projectNumber} is
 * PostHog's {@code project_id}: the project an environment belongs to, the project's own id when it stands alone.
 */
@HostApi
public record Project(
        ProjectId id,
        UUID uuid,
        OrganizationId organizationId,
        long projectNumber,
        String apiToken,
        String name,
        boolean completedSnippetOnboarding,
        JsonDocument hasCompletedOnboardingFor,
        boolean ingestedEvent,
        boolean demo,
        String timezone,
        boolean accessControl,
        Instant createdAt) {

    public static final int MAX_NAME_LENGTH = 200;

    public Project {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(uuid, "uuid");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(apiToken, "apiToken");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(timezone, "timezone");
        Objects.requireNonNull(createdAt, "createdAt");
        if (name.isBlank() || name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("a project name has 1 to " + MAX_NAME_LENGTH + " characters");
        }
    }

    /** A new, standalone project with PostHog's defaults. */
    public static Project create(ProjectId id, UUID uuid, OrganizationId organizationId, String apiToken, String name,
                                 Instant now) {
        return new Project(id, uuid, organizationId, id.value(), apiToken, name, false, null, false, false, "UTC",
                false, now);
    }
}
