package dev.burrow.domain.user;

import dev.burrow.domain.organization.MembershipLevel;
import dev.burrow.domain.organization.OrganizationId;

import java.time.Instant;
import java.util.Objects;

/**
 * A user's membership of an organization. {@code invitedBy} is empty for the member who created the organization,
 * which is what makes them its first user.
 */
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
}
