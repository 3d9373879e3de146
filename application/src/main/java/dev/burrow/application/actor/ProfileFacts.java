package dev.burrow.application.actor;

import dev.burrow.application.organization.Affiliation;
import dev.burrow.domain.organization.Invite;
import dev.burrow.domain.organization.OrganizationId;
import dev.burrow.domain.organization.Project;
import dev.burrow.domain.scene.ScenePersonalisation;

import java.util.List;
import java.util.Objects;

/**
 * What a user's profile holds beside the user's own row, read in one go with them: their memberships (with each
 * organization's member count), the projects of the organization they last chose ({@code projectsOf}; null when
 * none was read), their scene choices, whether they have a second factor, and the invites waiting for their
 * address (not yet expired, none to an organization they are in, newest first). Authentication reads it with
 * the caller when the request is a read, so that {@code GET @me} is one round trip to the database.
 */
public record ProfileFacts(List<Affiliation> affiliations, OrganizationId projectsOf, List<Project> projects,
                           List<ScenePersonalisation> scenes, boolean secondFactor, List<Invite> invites) {

    public ProfileFacts {
        affiliations = List.copyOf(affiliations);
        projects = List.copyOf(projects);
        scenes = List.copyOf(scenes);
        invites = List.copyOf(invites);
        Objects.requireNonNull(affiliations, "affiliations");
    }

    /** The projects of {@code organization}, when they are the ones read; null otherwise. */
    public List<Project> projectsOf(OrganizationId organization) {
        return organization.equals(projectsOf) ? projects : null;
    }
}
