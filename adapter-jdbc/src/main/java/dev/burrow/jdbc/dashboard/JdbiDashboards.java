package dev.burrow.jdbc.dashboard;

import dev.burrow.application.dashboard.DashboardDirectory;
import dev.burrow.application.dashboard.DashboardRegistry;
import dev.burrow.domain.dashboard.Dashboard;
import dev.burrow.domain.dashboard.DashboardId;
import dev.burrow.jdbc.database.Database;
import dev.burrow.jdbc.database.Violation;
import org.jdbi.v3.core.JdbiException;

import java.util.Optional;

/**
 * Dashboards in burrow's own {@code dashboards} table: the directory scene personalisations check theirs against,
 * and the registry the standalone server's admin command fills it with.
 */
public final class JdbiDashboards implements DashboardDirectory, DashboardRegistry {

    private final Database database;

    public JdbiDashboards(Database database) {
        this.database = database;
    }

    @Override
    public Optional<Dashboard> dashboard(DashboardId id) {
        return database.call(DashboardQueries.class, queries -> queries.byId(id.value()))
                .map(DashboardRow::toDashboard);
    }

    @Override
    public DashboardId nextDashboardId() {
        return new DashboardId(database.call(DashboardQueries.class, DashboardQueries::nextId));
    }

    @Override
    public void add(Dashboard dashboard) {
        DashboardRow row = DashboardRow.of(dashboard);
        try {
            database.attemptRun(DashboardQueries.class, queries -> queries.insert(row));
        } catch (JdbiException e) {
            if (Violation.FOREIGN_KEY.causedBy(e)) {
                throw new IllegalStateException("no project " + dashboard.projectId(), e);
            }
            if (Violation.UNIQUE.causedBy(e)) {
                throw new IllegalStateException("dashboard " + dashboard.id() + " exists", e);
            }
            throw e;
        }
    }
}
