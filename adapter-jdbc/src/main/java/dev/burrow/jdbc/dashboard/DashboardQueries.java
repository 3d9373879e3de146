package dev.burrow.jdbc.dashboard;

import dev.burrow.jdbc.database.BindRecord;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.util.Optional;

/** The SQL of the {@code dashboards} table. */
interface DashboardQueries {

    @SqlQuery("select nextval('dashboard_ids')")
    long nextId();

    @SqlUpdate("""
            insert into dashboards (id, project_id, name, created_at)
            values (:id, :projectId, :name, current_timestamp)
            """)
    void insert(@BindRecord DashboardRow dashboard);

    @SqlQuery("select id, project_id, name from dashboards where id = :id")
    Optional<DashboardRow> byId(@Bind("id") long id);
}
