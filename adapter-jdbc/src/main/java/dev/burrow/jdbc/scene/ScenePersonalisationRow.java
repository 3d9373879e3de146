package dev.burrow.jdbc.scene;

import dev.burrow.domain.dashboard.DashboardId;
import dev.burrow.domain.organization.ProjectId;
import dev.burrow.domain.scene.ScenePersonalisation;
import dev.burrow.domain.user.UserId;

/** The columns of {@code scene_personalisations} the domain knows about. */
record ScenePersonalisationRow(long userId, long projectId, String scene, Long dashboardId) {

    static ScenePersonalisationRow of(ScenePersonalisation personalisation) {
        return new ScenePersonalisationRow(personalisation.userId().value(), personalisation.projectId().value(),
                personalisation.scene(),
                personalisation.dashboardId() == null ? null : personalisation.dashboardId().value());
    }

    ScenePersonalisation toPersonalisation() {
        return new ScenePersonalisation(new UserId(userId), new ProjectId(projectId), scene,
                dashboardId == null ? null : new DashboardId(dashboardId));
    }
}
