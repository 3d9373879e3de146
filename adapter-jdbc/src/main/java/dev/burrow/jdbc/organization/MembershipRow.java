package dev.burrow.jdbc.organization;

import dev.burrow.domain.user.OrganizationMembership;

import java.time.Instant;
import java.util.UUID;

/** One row of {@code organization_memberships}, as written. */
record MembershipRow(UUID id, UUID organizationId, long userId, int level, Instant joinedAt, Instant updatedAt,
                     Long invitedById) {

    static MembershipRow of(OrganizationMembership membership) {
        return new MembershipRow(UUID.randomUUID(), membership.organizationId().value(), membership.userId().value(),
                membership.level().level(), membership.joinedAt(), membership.joinedAt(),
                membership.invitedBy() == null ? null : membership.invitedBy().value());
    }
}
