package dev.burrow.jdbc.github;

import dev.burrow.domain.github.InstallationId;
import dev.burrow.domain.github.TeamInstallation;
import dev.burrow.domain.organization.ProjectId;
import dev.burrow.domain.user.UserId;

/** The columns of {@code team_installations} the domain knows about. */
record TeamInstallationRow(long id, long projectId, long installationId, Long connectedBy, String connectingLogin) {

    static TeamInstallationRow of(TeamInstallation installation) {
        UserId connectedBy = installation.connectedBy();
        return new TeamInstallationRow(installation.id(), installation.projectId().value(),
                installation.installationId().value(), connectedBy == null ? null : connectedBy.value(),
                installation.connectingLogin());
    }

    TeamInstallation toInstallation() {
        return new TeamInstallation(id, new ProjectId(projectId), new InstallationId(installationId),
                connectedBy == null ? null : new UserId(connectedBy), connectingLogin);
    }
}
