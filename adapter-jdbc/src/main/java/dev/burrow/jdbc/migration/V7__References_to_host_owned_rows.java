package dev.burrow.jdbc.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Lets the organizations, projects and dashboards that burrow's own rows name belong to the host burrow is
 * embedded in: drops the foreign keys from a user's current organization and project, and from a scene
 * personalisation's project and dashboard, to burrow's own tables (which a host with its own directory leaves
 * empty). burrow never deletes organizations, projects or dashboards, and reads a user's current context through
 * the directory, which falls back when it names something gone; so nothing else changes.
 *
 * <p>In Java, not SQL, because H2 and PostgreSQL named these keys differently (H2 makes names up), so the names
 * are read from the database. Runs on both, like the SQL migrations.
 */
public final class V7__References_to_host_owned_rows extends BaseJavaMigration {

    private static final Map<String, List<String>> DROPPED = Map.of(
            "users", List.of("organizations", "projects"),
            "scene_personalisations", List.of("projects", "dashboards"));

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        for (Map.Entry<String, List<String>> table : DROPPED.entrySet()) {
            for (String key : foreignKeys(connection, table.getKey(), table.getValue())) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("alter table " + table.getKey() + " drop constraint \"" + key + "\"");
                }
            }
        }
    }

    /** The names of {@code table}'s foreign keys to any of {@code referenced}. */
    private static Set<String> foreignKeys(Connection connection, String table, List<String> referenced)
            throws SQLException {
        Set<String> names = new LinkedHashSet<>();
        DatabaseMetaData metadata = connection.getMetaData();
        try (ResultSet keys = metadata.getImportedKeys(null, connection.getSchema(), table)) {
            while (keys.next()) {
                if (referenced.contains(keys.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT))) {
                    names.add(keys.getString("FK_NAME"));
                }
            }
        }
        return names;
    }
}
