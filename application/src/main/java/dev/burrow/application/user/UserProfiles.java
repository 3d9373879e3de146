package dev.burrow.application.user;

import dev.burrow.application.organization.Affiliation;
import dev.burrow.application.organization.OrganizationDirectory;
import dev.burrow.application.scene.ScenePersonalisationRepository;
import dev.burrow.domain.failure.ConcurrentUpdateException;
import dev.burrow.domain.organization.Invite;
import dev.burrow.domain.organization.OrganizationId;
import dev.burrow.domain.organization.Project;
import dev.burrow.domain.organization.ProjectId;
import dev.burrow.domain.user.CurrentContext;
import dev.burrow.domain.user.User;
import dev.burrow.domain.user.UserId;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Builds user objects for a batch of users with a fixed number of reads, whatever the batch size. Where a user's
 * current organization or project is unset (or no longer theirs), it picks the first one they have, as PostHog
 * does on read, and saves the choice. Only the projects the user's membership reaches are shown or chosen: a
 * private project stays out of a plain member's organization, and out of their current project even when it was
 * saved there before (say before the project was made private, or the member demoted).
 */
record UserProfiles(UserRepository users, OrganizationDirectory directory, ScenePersonalisationRepository scenes,
                    SecondFactorDirectory secondFactors, Clock clock) {

    static final int MAX_PENDING_INVITES = 25;

    UserProfile of(User user, UserId viewer) {
        return assemble(List.of(user), viewer).get(0);
    }

    List<UserProfile> assemble(List<User> batch, UserId viewer) {
        if (batch.isEmpty()) {
            return List.of();
        }
        List<UserId> ids = batch.stream().map(User::id).toList();
        Map<UserId, List<Affiliation>> affiliations = directory.affiliationsOf(ids);

        Map<UserId, Affiliation> current = new LinkedHashMap<>();
        Set<OrganizationId> organizations = new HashSet<>();
        for (User user : batch) {
            Affiliation chosen = currentAffiliation(user, affiliations.getOrDefault(user.id(), List.of()));
            if (chosen != null) {
                current.put(user.id(), chosen);
                organizations.add(chosen.organization().id());
            }
        }
        Map<OrganizationId, List<Project>> projects = directory.projectsOf(organizations);
        var personalisations = scenes.ofUsers(ids);
        Set<UserId> withSecondFactor = secondFactors.withSecondFactor(ids);

        List<UserProfile> profiles = new ArrayList<>(batch.size());
        for (User user : batch) {
            Affiliation affiliation = current.get(user.id());
            List<Project> orgProjects = affiliation == null
                    ? List.of()
                    : affiliation.reachable(projects.getOrDefault(affiliation.organization().id(), List.of()));
            Project team = currentProject(user, orgProjects);
            User resolved = saveContext(user, new CurrentContext(
                    affiliation == null ? null : affiliation.organization().id(),
                    team == null ? null : team.id()));
            CurrentOrganization organization = affiliation == null ? null : new CurrentOrganization(
                    affiliation.organization(), affiliation.membership().level(), orgProjects,
                    affiliation.memberCount());
            boolean self = user.id().equals(viewer);
            List<Affiliation> memberships = affiliations.getOrDefault(user.id(), List.of());
            profiles.add(new UserProfile(
                    resolved,
                    team,
                    organization,
                    memberships,
                    personalisations.getOrDefault(user.id(), List.of()),
                    self ? pendingInvites(user, memberships) : List.of(),
                    withSecondFactor.contains(user.id()),
                    self && affiliation != null ? affiliation.membership().isFirstUser() : null));
        }
        return profiles;
    }

    private static Affiliation currentAffiliation(User user, List<Affiliation> affiliations) {
        OrganizationId wanted = user.current().organizationId();
        for (Affiliation affiliation : affiliations) {
            if (affiliation.organization().id().equals(wanted)) {
                return affiliation;
            }
        }
        return affiliations.isEmpty() ? null : affiliations.get(0);
    }

    private static Project currentProject(User user, List<Project> projects) {
        ProjectId wanted = user.current().projectId();
        for (Project project : projects) {
            if (project.id().equals(wanted)) {
                return project;
            }
        }
        return projects.isEmpty() ? null : projects.get(0);
    }

    /**
     * Saves a changed current context. Losing a race to another writer is harmless: this response already shows
     * the right context, and the next read tries again.
     */
    private User saveContext(User user, CurrentContext resolved) {
        if (Objects.equals(user.current(), resolved)) {
            return user;
        }
        User moved = user.withCurrentContext(resolved);
        try {
            return users.update(moved);
        } catch (ConcurrentUpdateException e) {
            return moved;
        }
    }

    private List<Invite> pendingInvites(User user, List<Affiliation> memberships) {
        Set<OrganizationId> joined = new HashSet<>();
        memberships.forEach(affiliation -> joined.add(affiliation.organization().id()));
        return directory.invitesFor(user.email().value(), clock.instant().minus(Invite.VALIDITY),
                        MAX_PENDING_INVITES + joined.size())
                .stream()
                .filter(invite -> !joined.contains(invite.organizationId()))
                .limit(MAX_PENDING_INVITES)
                .toList();
    }
}
