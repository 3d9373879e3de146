package dev.burrow.application.dashboard;

import dev.burrow.domain.HostApi;

import dev.burrow.domain.dashboard.Dashboard;
import dev.burrow.domain.dashboard.DashboardId;

import java.util.Optional;

/** What burrow reads about dashboards, which the host system owns: which project a dashboard belongs to. */
@HostApi
public interface DashboardDirectory {

    Optional<Dashboard> dashboard(DashboardId id);
}
