package dev.burrow.domain.github;

import dev.burrow.domain.HostApi;

import dev.burrow.domain.organization.ProjectId;
import dev.burrow.domain.user.UserId;

import java.util.Objects;

/**
 * A GitHub App installation connected to a whole project (PostHog's team-level GitHub integration), which the host
 * owns: {@code connectedBy} and {@code connectingLogin} say who connected it, when known.
 */
@HostApi
public record TeamInstallation(long id, ProjectId projectId, InstallationId installationId, UserId connectedBy,
                               String connectingLogin) {

    public TeamInstallation {
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(installationId, "installationId");
    }
}
