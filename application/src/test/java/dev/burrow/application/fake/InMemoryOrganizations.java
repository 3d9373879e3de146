package dev.burrow.application.fake;

import dev.burrow.application.organization.Affiliation;
import dev.burrow.application.organization.OrganizationDirectory;
import dev.burrow.application.organization.OrganizationRegistry;
import dev.burrow.domain.failure.ConflictException;
import dev.burrow.domain.organization.Invite;
import dev.burrow.domain.organization.Organization;
import dev.burrow.domain.organization.OrganizationId;
import dev.burrow.domain.organization.Project;
import dev.burrow.domain.organization.ProjectId;
import dev.burrow.domain.user.OrganizationMembership;
import dev.burrow.domain.user.UserId;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Organizations, projects, memberships and invites in memory: the directory and the registry over one store. */
public final class InMemoryOrganizations implements OrganizationDirectory, OrganizationRegistry {

    private final InMemoryStore store;

    public InMemoryOrganizations(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public Map<UserId, List<Affiliation>> affiliationsOf(Collection<UserId> users) {
        synchronized (store) {
            Map<UserId, List<Affiliation>> result = new HashMap<>();
            for (UserId user : users) {
                List<Affiliation> affiliations = store.memberships.stream()
                        .filter(m -> m.userId().equals(user))
                        .sorted(Comparator.comparing(OrganizationMembership::joinedAt))
                        .map(m -> new Affiliation(store.organizations.get(m.organizationId()), m,
                                (int) store.memberships.stream()
                                        .filter(other -> other.organizationId().equals(m.organizationId())).count()))
                        .toList();
                if (!affiliations.isEmpty()) {
                    result.put(user, affiliations);
                }
            }
            return result;
        }
    }

    @Override
    public Map<OrganizationId, List<Project>> projectsOf(Collection<OrganizationId> organizations) {
        synchronized (store) {
            Map<OrganizationId, List<Project>> result = new HashMap<>();
            for (OrganizationId organization : organizations) {
                List<Project> projects = store.projects.values().stream()
                        .filter(p -> p.organizationId().equals(organization))
                        .sorted(Comparator.comparingLong(p -> p.id().value()))
                        .toList();
                if (!projects.isEmpty()) {
                    result.put(organization, projects);
                }
            }
            return result;
        }
    }

    @Override
    public List<Invite> invitesFor(String email, Instant createdAfter, int limit) {
        synchronized (store) {
            String folded = email.toLowerCase(Locale.ROOT);
            return store.invites.stream()
                    .filter(i -> i.targetEmail().toLowerCase(Locale.ROOT).equals(folded))
                    .filter(i -> i.createdAt().isAfter(createdAfter))
                    .sorted(Comparator.comparing(Invite::createdAt).reversed())
                    .limit(limit)
                    .map(i -> new Invite(i.id(), i.organizationId(),
                            store.organizations.get(i.organizationId()).name(), i.targetEmail(), i.createdAt()))
                    .toList();
        }
    }

    @Override
    public Optional<Organization> organization(OrganizationId id) {
        synchronized (store) {
            return Optional.ofNullable(store.organizations.get(id));
        }
    }

    @Override
    public Optional<Project> project(ProjectId id) {
        synchronized (store) {
            return Optional.ofNullable(store.projects.get(id.value()));
        }
    }

    @Override
    public void add(Organization organization) {
        synchronized (store) {
            if (slugExists(organization.slug()) || store.organizations.containsKey(organization.id())) {
                throw new ConflictException("An organization with this slug already exists.");
            }
            store.organizations.put(organization.id(), organization);
        }
    }

    @Override
    public boolean slugExists(String slug) {
        synchronized (store) {
            return store.organizations.values().stream().anyMatch(o -> o.slug().equals(slug));
        }
    }

    @Override
    public ProjectId nextProjectId() {
        synchronized (store) {
            return new ProjectId(store.next("projects"));
        }
    }

    @Override
    public void add(Project project) {
        synchronized (store) {
            if (!store.organizations.containsKey(project.organizationId())) {
                throw new IllegalStateException("no organization " + project.organizationId());
            }
            store.projects.put(project.id().value(), project);
        }
    }

    @Override
    public void add(OrganizationMembership membership) {
        synchronized (store) {
            boolean exists = store.memberships.stream().anyMatch(m -> m.userId().equals(membership.userId())
                    && m.organizationId().equals(membership.organizationId()));
            if (exists) {
                throw new ConflictException(OrganizationRegistry.ALREADY_MEMBER);
            }
            store.memberships.add(membership);
        }
    }

    @Override
    public void add(Invite invite) {
        synchronized (store) {
            store.invites.add(invite);
        }
    }

    @Override
    public Optional<UserId> firstMemberOf(OrganizationId organization) {
        synchronized (store) {
            return store.memberships.stream()
                    .filter(m -> m.organizationId().equals(organization))
                    .min(Comparator.comparing(OrganizationMembership::joinedAt))
                    .map(OrganizationMembership::userId);
        }
    }
}
