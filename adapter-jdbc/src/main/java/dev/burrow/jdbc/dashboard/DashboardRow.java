package dev.burrow.jdbc.dashboard;

import dev.burrow.domain.dashboard.Dashboard;
import dev.burrow.domain.dashboard.DashboardId;
import dev.burrow.domain.organization.ProjectId;

/** The columns of {@code dashboards} the domain knows about. */
record DashboardRow(long id, long projectId, String name) {

    static DashboardRow of(Dashboard dashboard) {
        return new DashboardRow(dashboard.id().value(), dashboard.projectId().value(), dashboard.name());
    }

    Dashboard toDashboard() {
        return new Dashboard(new DashboardId(id), new ProjectId(projectId), name);
    }
}
