package dev.burrow.jdbc.scene;

import dev.burrow.jdbc.database.ProfilePart;

import java.util.List;

/** The caller's scene choices, in a profile's one statement, in the order {@code OF_USERS} reads them. */
public final class SceneProfilePart {

    private SceneProfilePart() {
    }

    public static ProfilePart scenes() {
        return new ProfilePart(List.of(
                new ProfilePart.Column("s_user_id", "sp.user_id", "bigint"),
                new ProfilePart.Column("s_project_id", "sp.project_id", "bigint"),
                new ProfilePart.Column("s_scene", "sp.scene", "varchar"),
                new ProfilePart.Column("s_dashboard_id", "sp.dashboard_id", "bigint")),
                "join scene_personalisations sp on sp.user_id = c.id", "sp.id", 0,
                (row, profile) -> profile.scene(new ScenePersonalisationRow(row.longValue(), row.longValue(),
                        row.text(), row.nullableLong()).toPersonalisation()));
    }
}
