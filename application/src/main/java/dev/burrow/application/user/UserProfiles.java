package dev.burrow.application.user;

import dev.burrow.application.actor.ProfileFacts;
import dev.burrow.application.organization.Affiliation;
import dev.burrow.application.organization.OrganizationDirectory;
import dev.burrow.application.scene.ScenePersonalisationRepository;
import dev.burrow.domain.failure.ConcurrentUpdateException;
import dev.burrow.domain.organization.Invite;
import dev.burrow.domain.organization.OrganizationId;
import dev.burrow.domain.organization.Project;
import dev.burrow.domain.organization.ProjectId;
import dev.burrow.domain.scene.ScenePersonalisation;
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
                    SecondFactorDirectory secondFactors, ProfileReads reads, Clock clock) {

    static final int MAX_PENDING_INVITES = 25;

    /** One user's object, its facts read in one go ({@link ProfileReads}: one statement on burrow's tables). */
    UserProfile of(User user, UserId viewer) {
        return of(user, viewer, null);
    }

    /**
     * One user's object from {@code facts} when authentication read them for this same user (null: read them now).
     */
    UserProfile of(User user, UserId viewer, ProfileFacts facts) {
        ProfileFacts read = facts != null ? facts : reads.of(user, clock.instant().minus(Invite.VALIDITY));
        List<Affiliation> memberships = read.affiliations();
        Affiliation affiliation = currentAffiliation(user, memberships);
        List<Project> projects = List.of();
        if (affiliation != null) {
            OrganizationId organization = affiliation.organization().id();
            projects = read.projectsOf(organization);
            if (projects == null) {
                projects = directory.projectsOf(List.of(organization)).getOrDefault(organization, List.of());
            }
        }
        boolean self = user.id().equals(viewer);
        return profile(user, affiliation, projects, memberships, read.scenes(),
                self ? notJoined(read.invites(), memberships) : List.of(), read.secondFactor(), self);
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
            List<Project> orgProjects = affiliation == null ? List.of()
                    : projects.getOrDefault(affiliation.organization().id(), List.of());
            boolean self = user.id().equals(viewer);
            List<Affiliation> memberships = affiliations.getOrDefault(user.id(), List.of());
            profiles.add(profile(user, affiliation, orgProjects, memberships,
                    personalisations.getOrDefault(user.id(), List.of()),
                    self ? pendingInvites(user, memberships) : List.of(), withSecondFactor.contains(user.id()), self));
        }
        return profiles;
    }

    /**
     * The user object from what was read: only the projects the membership reaches are shown or chosen, and a
     * current context that changed is saved.
     */
    private UserProfile profile(User user, Affiliation affiliation, List<Project> allProjects,
                                List<Affiliation> memberships, List<ScenePersonalisation> scenes,
                                List<Invite> invites, boolean secondFactor, boolean self) {
        List<Project> orgProjects = affiliation == null ? List.of() : affiliation.reachable(allProjects);
        Project team = currentProject(user, orgProjects);
        User resolved = saveContext(user, new CurrentContext(
                affiliation == null ? null : affiliation.organization().id(),
                team == null ? null : team.id()));
        CurrentOrganization organization = affiliation == null ? null : new CurrentOrganization(
                affiliation.organization(), affiliation.membership().level(), orgProjects,
                affiliation.memberCount());
        return new UserProfile(resolved, team, organization, memberships, scenes, invites, secondFactor,
                self && affiliation != null ? affiliation.membership().isFirstUser() : null);
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
        return notJoined(directory.invitesFor(user.email().value(), clock.instant().minus(Invite.VALIDITY),
                MAX_PENDING_INVITES + memberships.size()), memberships);
    }

    /** The first {@value #MAX_PENDING_INVITES} of {@code invites} to organizations the user is not in. */
    private static List<Invite> notJoined(List<Invite> invites, List<Affiliation> memberships) {
        Set<OrganizationId> joined = new HashSet<>();
        memberships.forEach(affiliation -> joined.add(affiliation.organization().id()));
        return invites.stream()
                .filter(invite -> !joined.contains(invite.organizationId()))
                .limit(MAX_PENDING_INVITES)
                .toList();
    }
}
