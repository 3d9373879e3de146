package dev.burrow.jdbc.organization;

import dev.burrow.domain.organization.Invite;
import dev.burrow.domain.organization.OrganizationId;

import java.time.Instant;
import java.util.UUID;

/** An invite with the name of the organization it is to, from one join. */
record InviteRow(UUID id, UUID organizationId, String organizationName, String targetEmail, Instant createdAt) {

    Invite toInvite() {
        return new Invite(id, new OrganizationId(organizationId), organizationName, targetEmail, createdAt);
    }
}
