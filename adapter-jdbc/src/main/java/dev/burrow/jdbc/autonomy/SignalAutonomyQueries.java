package dev.burrow.jdbc.autonomy;

import dev.burrow.jdbc.database.BindRecord;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.util.Optional;

/** The SQL of the {@code signal_autonomy_configs} table. */
interface SignalAutonomyQueries {

    String COLUMNS = "id, user_id, autostart_priority, created_at, updated_at";

    @SqlQuery("select " + COLUMNS + " from signal_autonomy_configs where user_id = :userId")
    Optional<SignalAutonomyRow> byUser(@Bind("userId") long userId);

    /**
     * Inserts the user's first row, or nothing when they already have one (0). Both databases spell it the same
     * way; H2 takes no conflict target, so none is named: user_id's is the only key a new random id can meet.
     */
    @SqlUpdate("insert into signal_autonomy_configs (" + COLUMNS + """
            ) values (:id, :userId, :autostartPriority, :createdAt, :updatedAt)
            on conflict do nothing
            """)
    int insertIfAbsent(@BindRecord SignalAutonomyRow autonomy);

    /** Replaces the user's row as a whole, as the in-memory store does; 0 when they have none. */
    @SqlUpdate("""
            update signal_autonomy_configs set
                id = :id, autostart_priority = :autostartPriority, created_at = :createdAt, updated_at = :updatedAt
            where user_id = :userId
            """)
    int replace(@BindRecord SignalAutonomyRow autonomy);

    @SqlUpdate("delete from signal_autonomy_configs where user_id = :userId")
    void delete(@Bind("userId") long userId);
}
