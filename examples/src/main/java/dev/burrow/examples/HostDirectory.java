package dev.burrow.examples;

import dev.burrow.application.organization.Affiliation;
import dev.burrow.application.organization.OrganizationDirectory;
import dev.burrow.domain.organization.Invite;
import dev.burrow.domain.organization.MembershipLevel;
import dev.burrow.domain.organization.Organization;
import dev.burrow.domain.organization.OrganizationId;
import dev.burrow.domain.organization.Project;
import dev.burrow.domain.organization.ProjectId;
import dev.burrow.domain.user.OrganizationMembership;
import dev.burrow.domain.user.UserId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The host's own organizations, projects and memberships, which burrow reads through its {@link
 * OrganizationDirectory} port instead of its own tables. Here they live in memory; a real host reads its database.
 */
public final class HostDirectory implements OrganizationDirectory {

    private final Map<OrganizationId, Organization> organizations = new ConcurrentHashMap<>();
    private final Map<OrganizationId, List<Project>> projects = new ConcurrentHashMap<>();
    private final List<OrganizationMembership> memberships = new CopyOnWriteArrayList<>();

    /** A new organization of the host's, with one project. */
    public Project addOrganization(String name, long projectId, String projectName) {
        Instant now = Instant.now();
        Organization organization = Organization.create(OrganizationId.random(), name,
                name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-"), now);
        Project project = Project.create(new ProjectId(projectId), UUID.randomUUID(), organization.id(),
                "phc_host" + projectId, projectName, now);
        organizations.put(organization.id(), organization);
        projects.put(organization.id(), List.of(project));
        return project;
    }

    /**
     * A private project ({@code access_control}) in an organization of the host's, put before its other projects:
     * burrow shows it to the organization's admins and owners only.
     */
    public Project addPrivateProject(OrganizationId organization, long projectId, String projectName) {
        Project open = Project.create(new ProjectId(projectId), UUID.randomUUID(), organization,
                "phc_host" + projectId, projectName, Instant.now());
        Project hidden = new Project(open.id(), open.uuid(), open.organizationId(), open.projectNumber(),
                open.apiToken(), open.name(), false, null, false, false, open.timezone(), true, open.createdAt());
        List<Project> all = new ArrayList<>(List.of(hidden));
        all.addAll(projects.getOrDefault(organization, List.of()));
        projects.put(organization, List.copyOf(all));
        return hidden;
    }

    public void addMember(OrganizationId organization, UserId user, MembershipLevel level) {
        memberships.add(new OrganizationMembership(organization, user, level, Instant.now(), null));
    }

    @Override
    public Map<UserId, List<Affiliation>> affiliationsOf(Collection<UserId> users) {
        Map<OrganizationId, Integer> counts = new HashMap<>();
        memberships.forEach(membership -> counts.merge(membership.organizationId(), 1, Integer::sum));
        Map<UserId, List<Affiliation>> affiliations = new HashMap<>();
        for (OrganizationMembership membership : memberships) {
            if (users.contains(membership.userId())) {
                affiliations.computeIfAbsent(membership.userId(), user -> new ArrayList<>()).add(new Affiliation(
                        organizations.get(membership.organizationId()), membership,
                        counts.get(membership.organizationId())));
            }
        }
        return affiliations;
    }

    @Override
    public Map<OrganizationId, List<Project>> projectsOf(Collection<OrganizationId> ids) {
        Map<OrganizationId, List<Project>> found = new HashMap<>();
        ids.forEach(id -> Optional.ofNullable(projects.get(id)).ifPresent(list -> found.put(id, list)));
        return found;
    }

    @Override
    public List<Invite> invitesFor(String email, Instant createdAfter, int limit) {
        return List.of();
    }

    @Override
    public Optional<Organization> organization(OrganizationId id) {
        return Optional.ofNullable(organizations.get(id));
    }

    @Override
    public Optional<Project> project(ProjectId id) {
        return projects.values().stream().flatMap(List::stream).filter(project -> project.id().equals(id))
                .findFirst();
    }
}
