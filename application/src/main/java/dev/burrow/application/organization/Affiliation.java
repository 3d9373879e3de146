package dev.burrow.application.organization;

import dev.burrow.domain.organization.MembershipLevel;
import dev.burrow.domain.organization.Organization;
import dev.burrow.domain.organization.Project;
import dev.burrow.domain.user.OrganizationMembership;

import java.util.Objects;

/**
 * A user's membership together with the organization it is a membership of, and how many members the organization
 * has (read with it: the user object shows it for the current organization).
 */
public record Affiliation(Organization organization, OrganizationMembership membership, int memberCount) {

    public Affiliation {
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(membership, "membership");
    }

    /**
     * Whether this membership reaches {@code project} (PostHog's {@code user.teams}): a project of the
     * organization, a private one ({@code access_control}) only for its admins and owners.
     */
    public boolean reaches(Project project) {
        return organization.id().equals(project.organizationId())
                && (!project.accessControl() || membership.level().level() >= MembershipLevel.ADMIN.level());
    }
}
