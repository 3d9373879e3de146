package dev.burrow.jdbc.organization;

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
import dev.burrow.jdbc.database.Database;
import dev.burrow.jdbc.database.Violation;
import org.jdbi.v3.core.JdbiException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/** Organizations, projects, memberships and invites in burrow's own tables: the directory and the registry. */
public final class JdbiOrganizations implements OrganizationDirectory, OrganizationRegistry {

    private final Database database;

    public JdbiOrganizations(Database database) {
        this.database = database;
    }

    @Override
    public Map<UserId, List<Affiliation>> affiliationsOf(Collection<UserId> users) {
        Set<Long> ids = distinct(users, UserId::value);
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UserId, List<Affiliation>> result = new LinkedHashMap<>();
        database.listIn(OrganizationQueries.AFFILIATIONS_OF, "users", ids, AffiliationRow.class).forEach(row ->
                result.computeIfAbsent(new UserId(row.userId()), user -> new ArrayList<>()).add(row.toAffiliation()));
        return result;
    }

    @Override
    public Map<OrganizationId, List<Project>> projectsOf(Collection<OrganizationId> organizations) {
        Set<UUID> ids = distinct(organizations, OrganizationId::value);
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<OrganizationId, List<Project>> result = new LinkedHashMap<>();
        database.listIn(OrganizationQueries.PROJECTS_OF, "organizations", ids, ProjectRow.class).forEach(row -> {
            Project project = row.toProject();
            result.computeIfAbsent(project.organizationId(), organization -> new ArrayList<>()).add(project);
        });
        return result;
    }

    @Override
    public List<Invite> invitesFor(String email, Instant createdAfter, int limit) {
        String folded = email.toLowerCase(Locale.ROOT);
        return database.list(OrganizationQueries.INVITES_FOR, InviteRow.class, query -> query.bind("folded", folded)
                        .bind("createdAfter", createdAfter).bind("limit", limit))
                .stream().map(InviteRow::toInvite).toList();
    }

    @Override
    public Optional<Organization> organization(OrganizationId id) {
        return database.call(OrganizationQueries.class, queries -> queries.organization(id.value()))
                .map(OrganizationRow::toOrganization);
    }

    @Override
    public Optional<Project> project(ProjectId id) {
        return database.call(OrganizationQueries.class, queries -> queries.project(id.value()))
                .map(ProjectRow::toProject);
    }

    @Override
    public void add(Organization organization) {
        OrganizationRow row = OrganizationRow.of(organization);
        try {
            database.attemptRun(OrganizationQueries.class, queries -> queries.insertOrganization(row));
        } catch (JdbiException e) {
            if (Violation.UNIQUE.causedBy(e)) {
                throw new ConflictException("An organization with this slug already exists.");
            }
            throw e;
        }
    }

    @Override
    public boolean slugExists(String slug) {
        return database.call(OrganizationQueries.class, queries -> queries.slugExists(slug));
    }

    @Override
    public ProjectId nextProjectId() {
        return new ProjectId(database.call(OrganizationQueries.class, OrganizationQueries::nextProjectId));
    }

    @Override
    public void add(Project project) {
        ProjectRow row = ProjectRow.of(project);
        try {
            database.attemptRun(OrganizationQueries.class, queries -> queries.insertProject(row));
        } catch (JdbiException e) {
            throw missingReference(e, "no organization " + project.organizationId());
        }
    }

    @Override
    public void add(OrganizationMembership membership) {
        MembershipRow row = MembershipRow.of(membership);
        try {
            database.attemptRun(OrganizationQueries.class, queries -> queries.insertMembership(row));
        } catch (JdbiException e) {
            if (Violation.UNIQUE.causedBy(e)) {
                throw new ConflictException(OrganizationRegistry.ALREADY_MEMBER);
            }
            throw missingReference(e, "no organization " + membership.organizationId() + " or user "
                    + membership.userId());
        }
    }

    @Override
    public void add(Invite invite) {
        try {
            database.attemptRun(OrganizationQueries.class, queries -> queries.insertInvite(invite.id(),
                    invite.organizationId().value(), invite.targetEmail(),
                    invite.targetEmail().toLowerCase(Locale.ROOT), invite.createdAt()));
        } catch (JdbiException e) {
            throw missingReference(e, "no organization " + invite.organizationId());
        }
    }

    @Override
    public Optional<UserId> firstMemberOf(OrganizationId organization) {
        return database.call(OrganizationQueries.class, queries -> queries.firstMemberOf(organization.value()))
                .map(UserId::new);
    }

    private static RuntimeException missingReference(JdbiException failure, String detail) {
        return Violation.FOREIGN_KEY.causedBy(failure) ? new IllegalStateException(detail, failure) : failure;
    }

    private static <I, V> Set<V> distinct(Collection<I> ids, Function<I, V> value) {
        Set<V> values = new LinkedHashSet<>();
        ids.forEach(id -> values.add(value.apply(id)));
        return values;
    }
}
