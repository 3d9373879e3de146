package dev.burrow.application.apikey;

import dev.burrow.application.actor.Actor;
import dev.burrow.application.actor.Credential;
import dev.burrow.application.organization.Affiliation;
import dev.burrow.application.organization.OrganizationDirectory;
import dev.burrow.application.throttle.SensitiveActions;
import dev.burrow.application.transaction.TransactionRunner;
import dev.burrow.domain.apikey.ApiScopes;
import dev.burrow.domain.apikey.PersonalApiKey;
import dev.burrow.domain.failure.InvalidInputException;
import dev.burrow.domain.failure.NotFoundException;
import dev.burrow.domain.failure.PermissionDeniedException;
import dev.burrow.domain.organization.OrganizationId;
import dev.burrow.domain.organization.Project;
import dev.burrow.domain.text.UuidText;
import dev.burrow.domain.user.UserId;

import java.time.Clock;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

final class PersonalApiKeyService implements PersonalApiKeyUseCase {

    static final String CURRENT = "@current";

    private final PersonalApiKeyRepository keys;
    private final OrganizationDirectory directory;
    private final TransactionRunner transactions;
    private final Clock clock;
    private final RandomGenerator random;

    PersonalApiKeyService(PersonalApiKeyRepository keys, OrganizationDirectory directory,
                          TransactionRunner transactions, Clock clock, RandomGenerator random) {
        this.keys = keys;
        this.directory = directory;
        this.transactions = transactions;
        this.clock = clock;
        this.random = random;
    }

    @Override
    public List<PersonalApiKey> list(Actor actor) {
        return keys.ofUser(actor.userId()).stream()
                .sorted(Comparator.comparing(PersonalApiKey::createdAt).reversed())
                .toList();
    }

    @Override
    public PersonalApiKey.Issued create(Actor actor, NewKey key) {
        SensitiveActions.requireRecent(actor, clock.instant());
        String label = label(key.label());
        if (key.scopes() == null) {
            throw new InvalidInputException("required", "This field is required.", "scopes");
        }
        ApiScopes scopes = ApiScopes.parse(key.scopes());
        checkGrant(actor, scopes);
        checkScoping(actor.userId(), key.scopedTeams(), key.scopedOrganizations());
        PersonalApiKey.Issued issued = PersonalApiKey.issue(actor.userId(), label, scopes, key.scopedTeams(),
                key.scopedOrganizations(), clock.instant(), random);
        if (!keys.addWithin(issued.key(), PersonalApiKey.MAX_PER_USER)) {
            throw InvalidInputException.invalid("You can only have " + PersonalApiKey.MAX_PER_USER
                    + " personal API keys. Remove an existing key before creating a new one.", null);
        }
        return issued;
    }

    @Override
    public PersonalApiKey get(Actor actor, String id) {
        if (CURRENT.equals(id)) {
            if (actor.credential() instanceof Credential.PersonalApiKey current) {
                return keys.byId(actor.userId(), current.keyId()).orElseThrow(NotFoundException::new);
            }
            throw new NotFoundException();
        }
        return keys.byId(actor.userId(), id).orElseThrow(NotFoundException::new);
    }

    @Override
    public PersonalApiKey update(Actor actor, String id, KeyChanges changes) {
        SensitiveActions.requireRecent(actor, clock.instant());
        PersonalApiKey key = get(actor, id);
        if (changes.label().isPresent()) {
            key = key.withLabel(label(changes.label().get()));
        }
        if (changes.scopes().isPresent()) {
            ApiScopes scopes = ApiScopes.parse(changes.scopes().get());
            checkGrant(actor, scopes);
            key = key.withScopes(scopes);
        }
        if (changes.scopedTeams().isPresent() || changes.scopedOrganizations().isPresent()) {
            checkScoping(actor.userId(), changes.scopedTeams().orElse(null),
                    changes.scopedOrganizations().orElse(null));
            key = key.withScoping(changes.scopedTeams().orElse(key.scopedTeams()),
                    changes.scopedOrganizations().orElse(key.scopedOrganizations()));
        }
        keys.update(key);
        return key;
    }

    @Override
    public void delete(Actor actor, String id) {
        SensitiveActions.requireRecent(actor, clock.instant());
        String target = CURRENT.equals(id) ? get(actor, id).id() : id;
        if (!keys.delete(actor.userId(), target)) {
            throw new NotFoundException();
        }
    }

    /** A key that manages keys may not mint (or widen into) one with access it does not have itself. */
    private static void checkGrant(Actor actor, ApiScopes requested) {
        if (actor.credential() instanceof Credential.PersonalApiKey caller && !caller.scopes().covers(requested)) {
            throw new PermissionDeniedException(
                    "A personal API key cannot grant scopes it does not hold itself: " + requested.values());
        }
    }

    private static String label(String label) {
        if (label == null) {
            throw new InvalidInputException("required", "This field is required.", "label");
        }
        if (label.isBlank()) {
            throw new InvalidInputException("blank", "This field may not be blank.", "label");
        }
        return label;
    }

    /** A key can only be limited to projects its owner reaches and organizations its owner belongs to. */
    private void checkScoping(UserId user, List<Long> teams, List<String> organizations) {
        if (teams == null && organizations == null) {
            return;
        }
        List<Affiliation> affiliations = directory.affiliationsOf(List.of(user)).getOrDefault(user, List.of());
        Set<OrganizationId> member = new HashSet<>();
        affiliations.forEach(affiliation -> member.add(affiliation.organization().id()));
        if (teams != null && !teams.isEmpty()) {
            Set<Long> reachable = new HashSet<>();
            Map<OrganizationId, List<Project>> projects = directory.projectsOf(member);
            affiliations.forEach(affiliation -> affiliation.reachable(
                            projects.getOrDefault(affiliation.organization().id(), List.of()))
                    .forEach(project -> reachable.add(project.id().value())));
            if (!reachable.containsAll(teams)) {
                throw InvalidInputException.invalid(
                        "You must be a member of all teams that you are scoping the key to.", "scoped_teams");
            }
        }
        if (organizations != null) {
            for (String organization : organizations) {
                OrganizationId id = UuidText.parse(organization).map(OrganizationId::new).orElseThrow(() ->
                        InvalidInputException.invalid("Invalid organization UUID", "scoped_organizations"));
                if (!member.contains(id)) {
                    throw InvalidInputException.invalid("You must be a member of all organizations that you are "
                            + "scoping the key to.", "scoped_organizations");
                }
            }
        }
    }
}
