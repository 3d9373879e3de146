package dev.burrow.application.user;

import dev.burrow.domain.organization.MembershipLevel;
import dev.burrow.domain.organization.Organization;
import dev.burrow.domain.organization.Project;

import java.util.List;
import java.util.Objects;

/** The organization a user works in, seen by that user: their level, its projects, how many members it has. */
public record CurrentOrganization(Organization organization, MembershipLevel membershipLevel, List<Project> projects,
                                  int memberCount) {

    public CurrentOrganization {
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(membershipLevel, "membershipLevel");
        projects = List.copyOf(projects);
    }
}
