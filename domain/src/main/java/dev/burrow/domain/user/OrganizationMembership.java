package dev.burrow.domain.user;

import dev.burrow.domain.HostApi;

import dev.burrow.domain.organization.MembershipLevel;
import dev.burrow.domain.organization.OrganizationId;
import dev.burrow.domain.organization.Project;

import java.time.Instant;
import java.util.Objects;

/**
 * A user's membership of an organization. {@code invitedBy} is empty for the member who created the organization,
 * which is what makes them its first user.
 */
@HostApi
public record OrganizationMembership(OrganizationId organizationId, UserId userId, MembershipLevel level,
                                     Instant joinedAt, UserId invitedBy) {

    public OrganizationMembership {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(joinedAt, "joinedAt");
    }

    public boolean isFirstUser() {
        return invitedBy == null;
    }

    /**
     * Whether this membership lets its user see {@code project}: the one access rule for every path by which
     * projects reach a user (the organization in the user object, the default current project, the project
     * switch, scene personalisation, key scoping, GitHub links). A project of another organization is never
     * reached. A private one ({@code access_control}) is reached in PostHog by the organization's admins and
     * owners and by members given an explicit project membership; burrow has no project memberships, so only
     * admins and owners reach it.
     */
    public boolean reaches(Project project) {
        return organizationId.equals(project.organizationId())
                && (!project.accessControl() || level.level() >= MembershipLevel.ADMIN.level());
    }
}
