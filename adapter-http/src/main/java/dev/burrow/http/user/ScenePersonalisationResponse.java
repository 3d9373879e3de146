package dev.burrow.http.user;

import dev.burrow.domain.scene.ScenePersonalisation;

/** One {@code {scene, dashboard}} entry of the user object. */
record ScenePersonalisationResponse(String scene, Long dashboard) {

    static ScenePersonalisationResponse from(ScenePersonalisation personalisation) {
        return new ScenePersonalisationResponse(personalisation.scene(),
                personalisation.dashboardId() == null ? null : personalisation.dashboardId().value());
    }
}
