package dev.burrow.jdbc.scene;

import dev.burrow.jdbc.database.BindRecord;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;


/** The SQL of the {@code scene_personalisations} table. */
interface ScenePersonalisationQueries {

    @SqlUpdate("""
            update scene_personalisations set dashboard_id = :dashboardId, updated_at = current_timestamp
            where user_id = :userId and project_id = :projectId and scene = :scene
            """)
    int replace(@BindRecord ScenePersonalisationRow personalisation);

    @SqlUpdate("""
            insert into scene_personalisations (id, user_id, project_id, scene, dashboard_id, created_at, updated_at)
            values (nextval('scene_personalisation_ids'), :userId, :projectId, :scene, :dashboardId, current_timestamp,
                    current_timestamp)
            """)
    void insert(@BindRecord ScenePersonalisationRow personalisation);

    String OF_USERS = """
            select user_id, project_id, scene, dashboard_id
            from scene_personalisations
            where user_id in (<users>)
            order by id
            """;
}
