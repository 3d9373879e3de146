package dev.burrow.application.organization;

import dev.burrow.domain.HostApi;

import dev.burrow.domain.organization.Organization;
import dev.burrow.domain.organization.Project;
import dev.burrow.domain.user.OrganizationMembership;

import java.util.List;
import java.util.Objects;

/**
 * A user's membership together with the organization it is a membership of, and how many members the organization
 * has (read with it: the user object shows it for the current organization).
 */
@HostApi
public record Affiliation(Organization organization, OrganizationMembership membership, int memberCount) {

    public Affiliation {
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(membership, "membership");
    }

    /** Whether this membership reaches {@code project} (PostHog's {@code user.teams}): see {@link
     * OrganizationMembership#reaches}. */
    public boolean reaches(Project project) {
        return membership.reaches(project);
    }

    /** The projects of {@code projects} this membership reaches, in their order. */
    public List<Project> reachable(List<Project> projects) {
        return projects.stream().filter(this::reaches).toList();
    }
}
