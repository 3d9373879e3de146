package dev.burrow.jdbc;

import dev.burrow.application.fake.Persistence;
import dev.burrow.application.fake.TestData;
import dev.burrow.domain.dashboard.DashboardId;
import dev.burrow.domain.organization.OrganizationId;
import dev.burrow.domain.organization.ProjectId;
import dev.burrow.domain.scene.ScenePersonalisation;
import dev.burrow.domain.user.CurrentContext;
import dev.burrow.domain.user.User;
import dev.burrow.jdbc.testing.TestStorage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** What burrow stores reads back as the domain expects, ids that only the host knows included. */
class StoredValuesTest {

    @OnBothDatabases
    void users_may_name_organizations_projects_and_dashboards_that_only_the_host_has(
            Supplier<TestStorage> database) {
        try (TestStorage test = database.get()) {
            Persistence persistence = test.persistence();
            User ada = new TestData(persistence).user("ada@example.com");
            CurrentContext elsewhere = new CurrentContext(OrganizationId.random(), new ProjectId(424242));

            User moved = persistence.users().update(ada.withCurrentContext(elsewhere));
            persistence.scenes().save(new ScenePersonalisation(ada.id(), new ProjectId(424242), "Dashboards",
                    new DashboardId(777)));

            assertThat(persistence.users().byId(ada.id())).contains(moved);
            assertThat(persistence.scenes().ofUsers(List.of(ada.id())).get(ada.id())).containsExactly(
                    new ScenePersonalisation(ada.id(), new ProjectId(424242), "Dashboards", new DashboardId(777)));
        }
    }

    @OnBothDatabases
    void a_whole_number_in_the_notification_settings_reads_back_as_a_fraction(Supplier<TestStorage> database)
            throws SQLException {
        try (TestStorage test = database.get()) {
            User user = new TestData(test.persistence()).user("ada@example.com");
            try (Connection connection = test.dataSource().getConnection();
                 PreparedStatement update = connection.prepareStatement(
                         "update users set partial_notification_settings = ? where id = ?")) {
                update.setString(1, "{\"data_pipeline_error_threshold\": 1, \"plugin_disabled\": false}");
                update.setLong(2, user.id().value());
                update.executeUpdate();
            }

            User read = test.persistence().users().byId(user.id()).orElseThrow();

            assertThat(read.notificationSettings().stored().get("data_pipeline_error_threshold"))
                    .isInstanceOf(Double.class).isEqualTo(1.0d);
            assertThat(read.notificationSettings().stored().get("plugin_disabled")).isEqualTo(false);
        }
    }
}
