package dev.burrow.application.contract;

import dev.burrow.application.dashboard.DashboardDirectory;
import dev.burrow.domain.dashboard.Dashboard;
import dev.burrow.domain.dashboard.DashboardId;
import dev.burrow.domain.organization.Organization;
import dev.burrow.domain.organization.Project;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link DashboardDirectory} (and the registry that fills burrow's own table) must do. */
public abstract class DashboardDirectoryContract extends PersistenceContract {

    @Test
    void a_registered_dashboard_is_found_with_its_project() {
        Organization acme = data.organization("Acme");
        Project web = data.project(acme, "Web");
        Project app = data.project(acme, "App");

        Dashboard overview = data.dashboard(web, "Overview");
        Dashboard home = data.dashboard(app, "Home");

        assertThat(persistence.dashboards().dashboard(overview.id())).contains(overview);
        assertThat(persistence.dashboards().dashboard(home.id())).contains(home);
        assertThat(overview.id()).isNotEqualTo(home.id());
    }

    @Test
    void an_unknown_dashboard_is_absent() {
        assertThat(persistence.dashboards().dashboard(new DashboardId(424242))).isEmpty();
        assertThat(persistence.dashboards().dashboard(new DashboardId(Long.MAX_VALUE))).isEmpty();
    }

    @Test
    void ids_keep_growing() {
        DashboardId first = persistence.dashboardRegistry().nextDashboardId();
        DashboardId second = persistence.dashboardRegistry().nextDashboardId();

        assertThat(second.value()).isGreaterThan(first.value());
    }
}
