package dev.burrow.jdbc.scene;

import dev.burrow.jdbc.database.ProfilePart;

import java.util.List;

/** The caller's scene choices, in a profile's one statement, in the order {@code OF_USERS} reads them. */
public final class SceneProfilePart {

    private SceneProfilePart() {
    }

    public static ProfilePart scenes() {
        return new ProfilePart.Rows(List.of("sp.user_id", "sp.project_id", "sp.scene", "sp.dashboard_id"),
                "scene_personalisations sp where sp.user_id = c.id", "sp.id", 0,
                (row, profile) -> profile.scene(new ScenePersonalisationRow(row.longValue(), row.longValue(),
                        row.text(), row.nullableLong()).toPersonalisation()));
    }
}
