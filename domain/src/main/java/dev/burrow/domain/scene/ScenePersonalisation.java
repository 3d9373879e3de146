package dev.burrow.domain.scene;

import dev.burrow.domain.dashboard.DashboardId;
import dev.burrow.domain.organization.ProjectId;
import dev.burrow.domain.user.UserId;

import java.util.Objects;

/** The dashboard a user chose to see on one scene of the app, within one project. */
public record ScenePersonalisation(UserId userId, ProjectId projectId, String scene, DashboardId dashboardId) {

    public static final int MAX_SCENE_LENGTH = 200;

    public ScenePersonalisation {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(scene, "scene");
    }
}
