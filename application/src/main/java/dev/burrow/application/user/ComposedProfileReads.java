package dev.burrow.application.user;

import dev.burrow.application.actor.ProfileFacts;
import dev.burrow.application.apikey.PersonalApiKeyRepository;
import dev.burrow.application.organization.Affiliation;
import dev.burrow.application.organization.OrganizationDirectory;
import dev.burrow.application.scene.ScenePersonalisationRepository;
import dev.burrow.application.session.SessionRepository;
import dev.burrow.domain.organization.OrganizationId;
import dev.burrow.domain.organization.Project;
import dev.burrow.domain.user.User;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@link ProfileReads} over the ports one after another: where a host brings its own directory of organizations,
 * which no statement of burrow's can join, and over the in-memory fakes. It reads what the one statement over
 * burrow's tables reads, and both pass the same contract suite.
 */
public record ComposedProfileReads(PersonalApiKeyRepository keys, SessionRepository sessions, UserRepository users,
                                   OrganizationDirectory directory, ScenePersonalisationRepository scenes,
                                   SecondFactorDirectory secondFactors) implements ProfileReads {

    @Override
    public Optional<KeyAndProfile> byKey(String secureValue, Instant invitesSince) {
        return keys.findWithHolder(secureValue).map(found -> new KeyAndProfile(found.key(), found.holder(),
                of(found.holder(), invitesSince)));
    }

    @Override
    public Optional<SessionAndProfile> bySession(String sessionId, Instant invitesSince) {
        return sessions.byId(sessionId).flatMap(session -> users.byId(session.userId())
                .map(user -> new SessionAndProfile(session, user, of(user, invitesSince))));
    }

    @Override
    public ProfileFacts of(User user, Instant invitesSince) {
        List<Affiliation> affiliations = directory.affiliationsOf(List.of(user.id())).getOrDefault(user.id(),
                List.of());
        OrganizationId chosen = chosenOrganization(user, affiliations);
        List<Project> projects = chosen == null ? List.of()
                : directory.projectsOf(List.of(chosen)).getOrDefault(chosen, List.of());
        Set<OrganizationId> joined = new HashSet<>();
        affiliations.forEach(affiliation -> joined.add(affiliation.organization().id()));
        return new ProfileFacts(affiliations, chosen, projects,
                scenes.ofUsers(List.of(user.id())).getOrDefault(user.id(), List.of()),
                secondFactors.withSecondFactor(List.of(user.id())).contains(user.id()),
                directory.invitesFor(user.email().value(), invitesSince, MAX_PENDING_INVITES + joined.size())
                        .stream().filter(invite -> !joined.contains(invite.organizationId()))
                        .limit(MAX_PENDING_INVITES).toList());
    }

    /**
     * The organization a profile shows: the one the user last chose while they are in it, else the first they
     * joined (memberships come in the order they were joined). Null for a user in none.
     */
    public static OrganizationId chosenOrganization(User user, List<Affiliation> affiliations) {
        OrganizationId wanted = user.current().organizationId();
        for (Affiliation affiliation : affiliations) {
            if (affiliation.organization().id().equals(wanted)) {
                return wanted;
            }
        }
        return affiliations.isEmpty() ? null : affiliations.get(0).organization().id();
    }
}
