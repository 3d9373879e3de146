package dev.burrow.application.provisioning;

import dev.burrow.domain.HostApi;

import dev.burrow.domain.apikey.PersonalApiKey;
import dev.burrow.domain.organization.MembershipLevel;
import dev.burrow.domain.organization.Organization;
import dev.burrow.domain.organization.OrganizationId;
import dev.burrow.domain.dashboard.Dashboard;
import dev.burrow.domain.github.InstallationId;
import dev.burrow.domain.github.TeamInstallation;
import dev.burrow.domain.organization.Project;
import dev.burrow.domain.organization.ProjectId;
import dev.burrow.domain.user.OrganizationMembership;
import dev.burrow.domain.user.User;

import java.util.List;
import java.util.Optional;

/**
 * What an operator does to set burrow up: create organizations, projects, users, memberships and keys. Each call
 * writes everything it creates or nothing.
 */
@HostApi
public interface Provisioning {

    Organization createOrganization(String name);

    Project createProject(OrganizationId organization, String name);

    /** A dashboard in burrow's own table, for scene personalisation when no host system owns dashboards. */
    Dashboard createDashboard(ProjectId project, String name);

    /**
     * Connects a GitHub installation to a whole project, as the host's own GitHub integration would;
     * {@code connectedByEmail} and {@code connectingLogin} (both may be null) say who connected it.
     */
    TeamInstallation addTeamInstallation(ProjectId project, InstallationId installation, String connectedByEmail,
                                         String connectingLogin);

    /** {@code password} may be null for an account without one. */
    User createUser(NewUser user);

    OrganizationMembership addMember(OrganizationId organization, String email, MembershipLevel level);

    /** {@code scopes} empty means {@code *}. */
    PersonalApiKey.Issued createApiKey(String email, List<String> scopes, String label);

    /**
     * On an empty database: an organization, a project, a staff user who owns both and a {@code *} key, with the
     * password and key returned in clear once. Does nothing when any user exists.
     */
    Optional<InitialAdmin> initializeIfEmpty(String email, String password);

    /**
     * Signs password reset links with a new secret from now on, on every instance; links signed with the current
     * one keep working until they expire, links signed with the one before it stop working.
     */
    void rotatePasswordResetSecret();

    @HostApi

    record NewUser(String email, String password, String firstName, String lastName, boolean staff) {

        @Override
        public String toString() {
            return "NewUser[email=" + email + ", staff=" + staff + "]";
        }
    }

    @HostApi

    record InitialAdmin(Organization organization, Project project, User user, String password,
                        PersonalApiKey.Issued key) {

        @Override
        public String toString() {
            return "InitialAdmin[user=" + user + "]";
        }
    }
}
