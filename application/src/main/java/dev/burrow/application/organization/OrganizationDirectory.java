package dev.burrow.application.organization;

import dev.burrow.domain.HostApi;

import dev.burrow.domain.organization.Invite;
import dev.burrow.domain.organization.Organization;
import dev.burrow.domain.organization.OrganizationId;
import dev.burrow.domain.organization.Project;
import dev.burrow.domain.organization.ProjectId;
import dev.burrow.domain.user.UserId;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What burrow reads about organizations, projects, memberships and invites, which the host system owns. The
 * lookups take many ids at once so that a page of users costs a fixed number of reads, not one per user.
 */
@HostApi
public interface OrganizationDirectory {

    /** Each user's memberships with their organizations, in the order the user joined them; absent users have none. */
    Map<UserId, List<Affiliation>> affiliationsOf(Collection<UserId> users);

    /** Each organization's projects, by id; absent organizations have none. */
    Map<OrganizationId, List<Project>> projectsOf(Collection<OrganizationId> organizations);

    /** Invites to {@code email} (compared case-insensitively) created after {@code createdAfter}, newest first. */
    List<Invite> invitesFor(String email, Instant createdAfter, int limit);

    Optional<Organization> organization(OrganizationId id);

    Optional<Project> project(ProjectId id);
}
