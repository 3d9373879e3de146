package dev.burrow.jdbc.organization;

import java.util.UUID;

/** How many members one organization has. */
record MemberCountRow(UUID organizationId, int members) {
}
