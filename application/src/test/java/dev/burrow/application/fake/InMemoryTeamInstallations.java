package dev.burrow.application.fake;

import dev.burrow.application.github.TeamInstallationDirectory;
import dev.burrow.application.github.TeamInstallationRegistry;
import dev.burrow.domain.failure.ConflictException;
import dev.burrow.domain.github.InstallationId;
import dev.burrow.domain.github.TeamInstallation;
import dev.burrow.domain.organization.ProjectId;
import dev.burrow.domain.user.UserId;

import java.util.Comparator;
import java.util.List;

/** Project installations in memory; a project must exist, as the foreign key demands in a database. */
public final class InMemoryTeamInstallations implements TeamInstallationDirectory, TeamInstallationRegistry {

    private final InMemoryStore store;

    public InMemoryTeamInstallations(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public List<TeamInstallation> ofProject(ProjectId projectId) {
        synchronized (store) {
            return store.teamInstallations.values().stream().filter(team -> team.projectId().equals(projectId))
                    .sorted(Comparator.comparingLong(TeamInstallation::id)).toList();
        }
    }

    @Override
    public List<TeamInstallation> connectedBy(UserId userId) {
        synchronized (store) {
            return store.teamInstallations.values().stream().filter(team -> userId.equals(team.connectedBy()))
                    .sorted(Comparator.comparingLong(TeamInstallation::id)).toList();
        }
    }

    @Override
    public boolean isConnected(InstallationId installationId) {
        synchronized (store) {
            return store.teamInstallations.values().stream()
                    .anyMatch(team -> team.installationId().equals(installationId));
        }
    }

    @Override
    public long nextTeamInstallationId() {
        return store.next("team_installations");
    }

    @Override
    public void add(TeamInstallation installation) {
        synchronized (store) {
            if (!store.projects.containsKey(installation.projectId().value())) {
                throw new IllegalStateException("no project " + installation.projectId());
            }
            boolean twice = ofProject(installation.projectId()).stream()
                    .anyMatch(team -> team.installationId().equals(installation.installationId()));
            if (twice) {
                throw new ConflictException(TeamInstallationRegistry.ALREADY_CONNECTED);
            }
            store.teamInstallations.put(installation.id(), installation);
        }
    }
}
