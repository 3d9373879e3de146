package dev.burrow.application.fake;

import dev.burrow.application.dashboard.DashboardDirectory;
import dev.burrow.application.dashboard.DashboardRegistry;
import dev.burrow.domain.dashboard.Dashboard;
import dev.burrow.domain.dashboard.DashboardId;

import java.util.Optional;

/** Dashboards in memory; a dashboard needs its project, as the foreign key demands in a database. */
public final class InMemoryDashboards implements DashboardDirectory, DashboardRegistry {

    private final InMemoryStore store;

    public InMemoryDashboards(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public Optional<Dashboard> dashboard(DashboardId id) {
        synchronized (store) {
            return Optional.ofNullable(store.dashboards.get(id.value()));
        }
    }

    @Override
    public DashboardId nextDashboardId() {
        synchronized (store) {
            return new DashboardId(store.next("dashboards"));
        }
    }

    @Override
    public void add(Dashboard dashboard) {
        synchronized (store) {
            if (!store.projects.containsKey(dashboard.projectId().value())) {
                throw new IllegalStateException("no project " + dashboard.projectId());
            }
            if (store.dashboards.putIfAbsent(dashboard.id().value(), dashboard) != null) {
                throw new IllegalStateException("dashboard " + dashboard.id() + " exists");
            }
        }
    }
}
