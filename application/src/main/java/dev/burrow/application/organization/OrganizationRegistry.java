package dev.burrow.application.organization;

import dev.burrow.domain.organization.Invite;
import dev.burrow.domain.organization.Organization;
import dev.burrow.domain.organization.OrganizationId;
import dev.burrow.domain.organization.Project;
import dev.burrow.domain.organization.ProjectId;
import dev.burrow.domain.user.OrganizationMembership;
import dev.burrow.domain.user.UserId;

import java.util.Optional;

/**
 * Writes organizations, projects, memberships and invites into burrow's own tables, for the standalone server and
 * its admin commands. A host that owns these itself has no need to implement it.
 */
public interface OrganizationRegistry {

    /** The detail of the conflict every implementation reports for a second membership. */
    String ALREADY_MEMBER = "This user is already a member of this organization.";

    void add(Organization organization);

    boolean slugExists(String slug);

    ProjectId nextProjectId();

    void add(Project project);

    /** Adds a membership; a second membership of the same user in the same organization is a conflict. */
    void add(OrganizationMembership membership);

    void add(Invite invite);

    /** The member who has been in the organization longest, if it has any. */
    Optional<UserId> firstMemberOf(OrganizationId organization);
}
