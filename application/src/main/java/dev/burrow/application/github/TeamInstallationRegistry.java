package dev.burrow.application.github;

import dev.burrow.domain.github.TeamInstallation;

/** Writes project installations into burrow's own table, for the standalone server's admin command. */
public interface TeamInstallationRegistry {

    /** The detail of the conflict every implementation reports for an installation a project already has. */
    String ALREADY_CONNECTED = "This installation is already connected to this project.";

    long nextTeamInstallationId();

    /** Adds an installation to an existing project; the same installation twice on one project is a conflict. */
    void add(TeamInstallation installation);
}
