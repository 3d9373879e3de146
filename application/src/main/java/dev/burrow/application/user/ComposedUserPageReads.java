package dev.burrow.application.user;

import dev.burrow.application.actor.ProfileFacts;
import dev.burrow.application.organization.Affiliation;
import dev.burrow.application.organization.OrganizationDirectory;
import dev.burrow.application.scene.ScenePersonalisationRepository;
import dev.burrow.domain.organization.Invite;
import dev.burrow.domain.organization.OrganizationId;
import dev.burrow.domain.organization.Project;
import dev.burrow.domain.user.User;
import dev.burrow.domain.user.UserId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * {@link UserPageReads} over the ports one after another, a fixed number of reads whatever the page's size: where a
 * host brings its own directory of organizations, which no statement of burrow's can join, and over the in-memory
 * fakes. It reads what the one statement over burrow's tables reads; both pass the same contract suite.
 */
public record ComposedUserPageReads(UserRepository users, OrganizationDirectory directory,
                                    ScenePersonalisationRepository scenes, SecondFactorDirectory secondFactors)
        implements UserPageReads {

    @Override
    public Page page(UserFilter filter, int limit, long offset, UserId viewer, Instant invitesSince) {
        long count = users.count(filter);
        List<User> page = offset >= count ? List.of() : users.page(filter, limit, offset);
        return new Page(count, withFacts(page, viewer, invitesSince));
    }

    @Override
    public Optional<UserAndProfile> activeByUuid(UUID uuid, UserId viewer, Instant invitesSince) {
        return users.activeByUuid(uuid).map(user -> withFacts(List.of(user), viewer, invitesSince).get(0));
    }

    private List<UserAndProfile> withFacts(List<User> page, UserId viewer, Instant invitesSince) {
        if (page.isEmpty()) {
            return List.of();
        }
        List<UserId> ids = page.stream().map(User::id).toList();
        Map<UserId, List<Affiliation>> affiliations = directory.affiliationsOf(ids);
        Set<OrganizationId> chosen = new HashSet<>();
        for (User user : page) {
            OrganizationId organization = ComposedProfileReads.chosenOrganization(user,
                    affiliations.getOrDefault(user.id(), List.of()));
            if (organization != null) {
                chosen.add(organization);
            }
        }
        Map<OrganizationId, List<Project>> projects = chosen.isEmpty() ? Map.of() : directory.projectsOf(chosen);
        var personalisations = scenes.ofUsers(ids);
        Set<UserId> withSecondFactor = secondFactors.withSecondFactor(ids);
        List<UserAndProfile> found = new ArrayList<>(page.size());
        for (User user : page) {
            List<Affiliation> memberships = affiliations.getOrDefault(user.id(), List.of());
            OrganizationId organization = ComposedProfileReads.chosenOrganization(user, memberships);
            found.add(new UserAndProfile(user, new ProfileFacts(memberships, organization,
                    organization == null ? List.of() : projects.getOrDefault(organization, List.of()),
                    personalisations.getOrDefault(user.id(), List.of()), withSecondFactor.contains(user.id()),
                    user.id().equals(viewer) ? invites(user, memberships, invitesSince) : List.of())));
        }
        return found;
    }

    /** The viewer's invites not yet expired, to organizations they are not in, newest first, at most 25. */
    private List<Invite> invites(User user, List<Affiliation> memberships,
                                 Instant since) {
        Set<OrganizationId> joined = new HashSet<>();
        memberships.forEach(affiliation -> joined.add(affiliation.organization().id()));
        return directory.invitesFor(user.email().value(), since, ProfileReads.MAX_PENDING_INVITES + joined.size())
                .stream().filter(invite -> !joined.contains(invite.organizationId()))
                .limit(ProfileReads.MAX_PENDING_INVITES).toList();
    }
}
