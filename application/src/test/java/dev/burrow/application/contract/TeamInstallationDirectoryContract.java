package dev.burrow.application.contract;

import dev.burrow.application.github.TeamInstallationDirectory;
import dev.burrow.application.github.TeamInstallationRegistry;
import dev.burrow.domain.failure.ConflictException;
import dev.burrow.domain.github.InstallationId;
import dev.burrow.domain.github.TeamInstallation;
import dev.burrow.domain.organization.Organization;
import dev.burrow.domain.organization.Project;
import dev.burrow.domain.user.User;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every {@link TeamInstallationDirectory} (and the registry that fills burrow's own table) must do. */
public abstract class TeamInstallationDirectoryContract extends PersistenceContract {

    private TeamInstallationDirectory teams() {
        return persistence.teamInstallations();
    }

    @Test
    void a_projects_installations_come_oldest_first() {
        Organization acme = data.organization("Acme");
        Project web = data.project(acme, "Web");
        Project app = data.project(acme, "App");
        User ada = data.user("ada@example.com");
        TeamInstallation first = data.teamInstallation(web, 30, ada, "ada-gh");
        TeamInstallation second = data.teamInstallation(web, 10, null, null);
        TeamInstallation elsewhere = data.teamInstallation(app, 30, null, null);

        assertThat(teams().ofProject(web.id())).containsExactly(first, second);
        assertThat(teams().ofProject(app.id())).containsExactly(elsewhere);
        assertThat(teams().connectedBy(ada.id())).containsExactly(first);
        assertThat(teams().isConnected(new InstallationId(10))).isTrue();
        assertThat(teams().isConnected(new InstallationId(99))).isFalse();
    }

    @Test
    void the_same_installation_twice_on_one_project_is_a_conflict() {
        Project web = data.project(data.organization("Acme"), "Web");
        data.teamInstallation(web, 30, null, null);

        assertThatThrownBy(() -> data.teamInstallation(web, 30, null, null))
                .isInstanceOf(ConflictException.class).hasMessage(TeamInstallationRegistry.ALREADY_CONNECTED);
        assertThat(teams().ofProject(web.id())).hasSize(1);
    }

    @Test
    void deleting_the_user_who_connected_it_keeps_the_installation() {
        Project web = data.project(data.organization("Acme"), "Web");
        User ada = data.user("ada@example.com");
        TeamInstallation team = data.teamInstallation(web, 30, ada, "ada-gh");

        assertThat(persistence.users().delete(ada.id())).isTrue();

        assertThat(teams().ofProject(web.id())).containsExactly(
                new TeamInstallation(team.id(), web.id(), team.installationId(), null, "ada-gh"));
    }
}
