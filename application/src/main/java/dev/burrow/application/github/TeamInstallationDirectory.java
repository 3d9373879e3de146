package dev.burrow.application.github;

import dev.burrow.domain.HostApi;

import dev.burrow.domain.github.InstallationId;
import dev.burrow.domain.github.TeamInstallation;
import dev.burrow.domain.organization.ProjectId;
import dev.burrow.domain.user.UserId;

import java.util.List;

/** The GitHub installations connected to whole projects, which the host owns: read only. */
@HostApi
public interface TeamInstallationDirectory {

    /** The project's installations, oldest (lowest id) first. */
    List<TeamInstallation> ofProject(ProjectId projectId);

    /** The installations this user connected, oldest first. */
    List<TeamInstallation> connectedBy(UserId userId);

    /** Whether any project uses the installation. */
    boolean isConnected(InstallationId installationId);
}
