package dev.burrow.jdbc.github;

import dev.burrow.application.github.TeamInstallationDirectory;
import dev.burrow.application.github.TeamInstallationRegistry;
import dev.burrow.domain.failure.ConflictException;
import dev.burrow.domain.github.InstallationId;
import dev.burrow.domain.github.TeamInstallation;
import dev.burrow.domain.organization.ProjectId;
import dev.burrow.domain.user.UserId;
import dev.burrow.jdbc.database.Database;
import dev.burrow.jdbc.database.Violation;
import org.jdbi.v3.core.JdbiException;

import java.util.List;

/**
 * Installations connected to whole projects in burrow's own {@code team_installations} table: the directory the
 * GitHub use cases read, and the registry the standalone server's admin command fills it with.
 */
public final class JdbiTeamInstallations implements TeamInstallationDirectory, TeamInstallationRegistry {

    private static final String ONCE_PER_PROJECT = "team_installations_project_installation_key";

    private final Database database;

    public JdbiTeamInstallations(Database database) {
        this.database = database;
    }

    @Override
    public List<TeamInstallation> ofProject(ProjectId projectId) {
        return database.call(TeamInstallationQueries.class, queries -> queries.ofProject(projectId.value()))
                .stream().map(TeamInstallationRow::toInstallation).toList();
    }

    @Override
    public List<TeamInstallation> connectedBy(UserId userId) {
        return database.call(TeamInstallationQueries.class, queries -> queries.connectedBy(userId.value()))
                .stream().map(TeamInstallationRow::toInstallation).toList();
    }

    @Override
    public boolean isConnected(InstallationId installationId) {
        return database.call(TeamInstallationQueries.class,
                queries -> queries.isConnected(installationId.value()));
    }

    @Override
    public long nextTeamInstallationId() {
        return database.call(TeamInstallationQueries.class, TeamInstallationQueries::nextId);
    }

    /**
     * The unique key on (project, installation) decides a second connection, racing or not. The insert runs in a
     * savepoint inside a transaction, so the caller can go on with its unit of work after the conflict.
     */
    @Override
    public void add(TeamInstallation installation) {
        TeamInstallationRow row = TeamInstallationRow.of(installation);
        try {
            database.attemptRun(TeamInstallationQueries.class, queries -> queries.insert(row));
        } catch (JdbiException e) {
            if (Violation.UNIQUE.causedBy(e, ONCE_PER_PROJECT)) {
                throw new ConflictException(TeamInstallationRegistry.ALREADY_CONNECTED);
            }
            if (Violation.UNIQUE.causedBy(e)) {
                throw new IllegalStateException("team installation " + installation.id() + " exists", e);
            }
            if (Violation.FOREIGN_KEY.causedBy(e)) {
                throw new IllegalStateException("no project " + installation.projectId()
                        + (installation.connectedBy() == null ? "" : " or user " + installation.connectedBy()), e);
            }
            throw e;
        }
    }
}
