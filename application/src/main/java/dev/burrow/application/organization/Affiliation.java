package dev.burrow.application.organization;

import dev.burrow.domain.organization.Organization;
import dev.burrow.domain.user.OrganizationMembership;

import java.util.Objects;

/** A user's membership together with the organization it is a membership of. */
public record Affiliation(Organization organization, OrganizationMembership membership) {

    public Affiliation {
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(membership, "membership");
    }
}
