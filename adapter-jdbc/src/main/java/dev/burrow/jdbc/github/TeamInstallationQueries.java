package dev.burrow.jdbc.github;

import dev.burrow.jdbc.database.BindRecord;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.util.List;

/** The SQL of the {@code team_installations} table. */
interface TeamInstallationQueries {

    String COLUMNS = "id, project_id, installation_id, connected_by, connecting_login";

    @SqlQuery("select nextval('team_installation_ids')")
    long nextId();

    @SqlUpdate("insert into team_installations (" + COLUMNS + """
            , created_at)
            values (:id, :projectId, :installationId, :connectedBy, :connectingLogin, current_timestamp)
            """)
    void insert(@BindRecord TeamInstallationRow installation);

    @SqlQuery("select " + COLUMNS + " from team_installations where project_id = :projectId order by id")
    List<TeamInstallationRow> ofProject(@Bind("projectId") long projectId);

    @SqlQuery("select " + COLUMNS + " from team_installations where connected_by = :userId order by id")
    List<TeamInstallationRow> connectedBy(@Bind("userId") long userId);

    @SqlQuery("select exists (select 1 from team_installations where installation_id = :installationId)")
    boolean isConnected(@Bind("installationId") long installationId);
}
