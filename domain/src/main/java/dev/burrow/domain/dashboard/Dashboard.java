package dev.burrow.domain.dashboard;

import dev.burrow.domain.HostApi;

import dev.burrow.domain.organization.Project;
import dev.burrow.domain.organization.ProjectId;

import java.util.Objects;

/** A dashboard of a project, as far as burrow needs to know it: which project it belongs to. */
@HostApi
public record Dashboard(DashboardId id, ProjectId projectId, String name) {

    public static final int MAX_NAME_LENGTH = 400;

    public Dashboard {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(name, "name");
    }

    /** Whether this dashboard is one of {@code project}'s; no dashboard is in no project (null). */
    public boolean isIn(Project project) {
        return project != null && projectId.equals(project.id());
    }
}
