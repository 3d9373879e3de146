package dev.burrow.application.dashboard;

import dev.burrow.domain.dashboard.Dashboard;
import dev.burrow.domain.dashboard.DashboardId;

/** Writes dashboards into burrow's own tables, for the standalone server's admin command. */
public interface DashboardRegistry {

    DashboardId nextDashboardId();

    /** Adds a dashboard to an existing project. */
    void add(Dashboard dashboard);
}
