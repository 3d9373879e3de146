package dev.burrow.jdbc.organization;

import dev.burrow.application.organization.Affiliation;
import dev.burrow.domain.organization.MembershipLevel;
import dev.burrow.domain.organization.OrganizationId;
import dev.burrow.domain.user.OrganizationMembership;
import dev.burrow.domain.user.UserId;
import org.jdbi.v3.core.mapper.Nested;

import java.time.Instant;

/** A membership read together with its organization, from one join. */
record AffiliationRow(@Nested OrganizationRow organization, long userId, int level, Instant joinedAt,
                      Long invitedById, int members) {

    Affiliation toAffiliation() {
        return new Affiliation(organization.toOrganization(), new OrganizationMembership(
                new OrganizationId(organization.id()), new UserId(userId), MembershipLevel.ofLevel(level), joinedAt,
                invitedById == null ? null : new UserId(invitedById)), members);
    }
}
