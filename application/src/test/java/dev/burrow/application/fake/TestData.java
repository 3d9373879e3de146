package dev.burrow.application.fake;

import dev.burrow.application.credential.PasswordHasher;
import dev.burrow.domain.apikey.ApiScopes;
import dev.burrow.domain.apikey.PersonalApiKey;
import dev.burrow.domain.dashboard.Dashboard;
import dev.burrow.domain.github.GithubAccount;
import dev.burrow.domain.github.GithubInstallation;
import dev.burrow.domain.github.InstallationId;
import dev.burrow.domain.github.TeamInstallation;
import dev.burrow.domain.organization.Invite;
import dev.burrow.domain.organization.MembershipLevel;
import dev.burrow.domain.organization.Organization;
import dev.burrow.domain.organization.OrganizationId;
import dev.burrow.domain.organization.Project;
import dev.burrow.domain.user.EmailAddress;
import dev.burrow.domain.user.OrganizationMembership;
import dev.burrow.domain.user.PasswordHash;
import dev.burrow.domain.user.User;
import dev.burrow.domain.user.UserId;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Builds realistic rows through the ports, so every test says only what matters to it. */
public final class TestData {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final Persistence persistence;
    private Instant now = Instant.parse("2026-11-28T10:00:00Z");

    public TestData(Persistence persistence) {
        this.persistence = persistence;
    }

    public Instant now() {
        return now;
    }

    /** Moves this builder's clock on, so rows made later sort later. */
    public Instant tick() {
        now = now.plus(1, ChronoUnit.SECONDS);
        return now;
    }

    public User user(String email) {
        return user(email, false);
    }

    public User staff(String email) {
        return user(email, true);
    }

    public User user(String email, boolean staff) {
        return user(email, staff, new PasswordHash("pbkdf2_sha256$1$salt$hash"));
    }

    /** A user who can log in with {@code password}. */
    public User user(String email, String password, PasswordHasher hasher) {
        return user(email, false, hasher.hash(password));
    }

    /** A staff user who can log in with {@code password}. */
    public User staff(String email, String password, PasswordHasher hasher) {
        return user(email, true, hasher.hash(password));
    }

    /** A user with an id of the test's choosing, for ids far apart. */
    public User user(UserId id, String email) {
        User user = User.register(id, UUID.randomUUID(), "distinct-" + SEQUENCE.incrementAndGet(),
                EmailAddress.of(email), "First", "Last", new PasswordHash("pbkdf2_sha256$1$salt$hash"), false, tick());
        persistence.users().add(user);
        return user;
    }

    private User user(String email, boolean staff, PasswordHash password) {
        User user = User.register(persistence.users().nextId(), UUID.randomUUID(),
                "distinct-" + SEQUENCE.incrementAndGet(), EmailAddress.of(email), "First", "Last", password, staff,
                tick());
        persistence.users().add(user);
        return user;
    }

    /** Deactivates {@code user} in storage and returns them as now stored. */
    public User deactivate(User user) {
        return withActivity(user, false);
    }

    /** Activates {@code user} again in storage and returns them as now stored. */
    public User reactivate(User user) {
        return withActivity(user, true);
    }

    private User withActivity(User user, boolean active) {
        return persistence.users().update(user.withActive(active));
    }

    public Organization organization(String name) {
        Organization organization = Organization.create(OrganizationId.random(), name,
                "org-" + SEQUENCE.incrementAndGet(), tick());
        persistence.registry().add(organization);
        return organization;
    }

    public Project project(Organization organization, String name) {
        Project project = Project.create(persistence.registry().nextProjectId(), UUID.randomUUID(), organization.id(),
                "phc_test" + SEQUENCE.incrementAndGet(), name, tick());
        persistence.registry().add(project);
        return project;
    }

    /** A private project (PostHog's {@code access_control}): only the organization's admins may switch to it. */
    public Project privateProject(Organization organization, String name) {
        Project open = Project.create(persistence.registry().nextProjectId(), UUID.randomUUID(), organization.id(),
                "phc_test" + SEQUENCE.incrementAndGet(), name, tick());
        Project project = new Project(open.id(), open.uuid(), open.organizationId(), open.projectNumber(),
                open.apiToken(), open.name(), false, null, false, false, "UTC", true, open.createdAt());
        persistence.registry().add(project);
        return project;
    }

    public Dashboard dashboard(Project project, String name) {
        Dashboard dashboard = new Dashboard(persistence.dashboardRegistry().nextDashboardId(), project.id(), name);
        persistence.dashboardRegistry().add(dashboard);
        return dashboard;
    }

    /** A GitHub installation connected to the whole project, by {@code connectedBy} when not null. */
    public TeamInstallation teamInstallation(Project project, long installationId, User connectedBy, String login) {
        TeamInstallation team = new TeamInstallation(persistence.teamInstallationRegistry().nextTeamInstallationId(),
                project.id(), new InstallationId(installationId), connectedBy == null ? null : connectedBy.id(), login);
        persistence.teamInstallationRegistry().add(team);
        return team;
    }

    /** The user's link to a GitHub installation, made now. */
    public GithubInstallation githubLink(User user, long installationId, String login) {
        return persistence.githubInstallations().save(GithubInstallation.link(UUID.randomUUID(), user.id(),
                new InstallationId(installationId), new GithubAccount("Organization", "acme-" + installationId),
                "selected", login, tick()));
    }

    public OrganizationMembership member(Organization organization, User user, MembershipLevel level) {
        return member(organization, user, level, null);
    }

    public OrganizationMembership member(Organization organization, User user, MembershipLevel level,
                                         UserId invitedBy) {
        OrganizationMembership membership = new OrganizationMembership(organization.id(), user.id(), level, tick(),
                invitedBy);
        persistence.registry().add(membership);
        return membership;
    }

    public Invite invite(Organization organization, String email, Instant createdAt) {
        Invite invite = new Invite(UUID.randomUUID(), organization.id(), organization.name(), email, createdAt);
        persistence.registry().add(invite);
        return invite;
    }

    public PersonalApiKey.Issued apiKey(User user, ApiScopes scopes) {
        PersonalApiKey.Issued issued = PersonalApiKey.issue(user.id(), "test key", scopes, tick(), RANDOM);
        persistence.apiKeys().add(issued.key());
        return issued;
    }
}
