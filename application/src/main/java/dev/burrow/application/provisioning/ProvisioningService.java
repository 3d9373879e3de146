package dev.burrow.application.provisioning;

import dev.burrow.application.apikey.PersonalApiKeyRepository;
import dev.burrow.application.credential.PasswordHasher;
import dev.burrow.application.dashboard.DashboardRegistry;
import dev.burrow.application.github.TeamInstallationRegistry;
import dev.burrow.application.credential.PasswordPolicy;
import dev.burrow.application.organization.OrganizationDirectory;
import dev.burrow.application.organization.OrganizationRegistry;
import dev.burrow.application.reset.PasswordResetUseCases;
import dev.burrow.application.reset.SigningSecretRepository;
import dev.burrow.application.transaction.TransactionRunner;
import dev.burrow.application.user.UserRepository;
import dev.burrow.domain.apikey.ApiScopes;
import dev.burrow.domain.apikey.PersonalApiKey;
import dev.burrow.domain.dashboard.Dashboard;
import dev.burrow.domain.failure.InvalidInputException;
import dev.burrow.domain.github.InstallationId;
import dev.burrow.domain.github.TeamInstallation;
import dev.burrow.domain.organization.MembershipLevel;
import dev.burrow.domain.organization.Organization;
import dev.burrow.domain.organization.OrganizationId;
import dev.burrow.domain.organization.Project;
import dev.burrow.domain.organization.ProjectId;
import dev.burrow.domain.secret.SecretTokens;
import dev.burrow.domain.user.EmailAddress;
import dev.burrow.domain.user.OrganizationMembership;
import dev.burrow.domain.user.PasswordHash;
import dev.burrow.domain.user.User;
import dev.burrow.domain.user.UserId;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.random.RandomGenerator;

final class ProvisioningService implements Provisioning {

    private static final String INITIAL_ORGANIZATION = "burrow";
    private static final String INITIAL_PROJECT = "Default project";

    private final SigningSecretRepository signingSecrets;
    private final UserRepository users;
    private final PersonalApiKeyRepository keys;
    private final OrganizationRegistry registry;
    private final OrganizationDirectory directory;
    private final DashboardRegistry dashboards;
    private final TeamInstallationRegistry teamInstallations;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy = new PasswordPolicy();
    private final TransactionRunner transactions;
    private final Clock clock;
    private final RandomGenerator random;

    ProvisioningService(UserRepository users, PersonalApiKeyRepository keys, OrganizationRegistry registry,
                        OrganizationDirectory directory, DashboardRegistry dashboards,
                        TeamInstallationRegistry teamInstallations, PasswordHasher hasher,
                        TransactionRunner transactions, Clock clock, RandomGenerator random,
                        SigningSecretRepository signingSecrets) {
        this.signingSecrets = signingSecrets;
        this.users = users;
        this.keys = keys;
        this.registry = registry;
        this.directory = directory;
        this.dashboards = dashboards;
        this.teamInstallations = teamInstallations;
        this.hasher = hasher;
        this.transactions = transactions;
        this.clock = clock;
        this.random = random;
    }

    @Override
    public Organization createOrganization(String name) {
        String clean = requireText(name, "name", Organization.MAX_NAME_LENGTH);
        return transactions.inTransaction(() -> {
            Organization organization = Organization.create(OrganizationId.random(), clean, freeSlug(clean), now());
            registry.add(organization);
            return organization;
        });
    }

    @Override
    public Project createProject(OrganizationId organization, String name) {
        String clean = requireText(name, "name", Project.MAX_NAME_LENGTH);
        return transactions.inTransaction(() -> {
            requireOrganization(organization);
            String apiToken = "phc_" + SecretTokens.base57(random, 35);
            Project project = Project.create(registry.nextProjectId(), UUID.randomUUID(), organization, apiToken, clean,
                    now());
            registry.add(project);
            return project;
        });
    }

    @Override
    public Dashboard createDashboard(ProjectId project, String name) {
        String clean = requireText(name, "name", Dashboard.MAX_NAME_LENGTH);
        return transactions.inTransaction(() -> {
            requireProject(project);
            Dashboard dashboard = new Dashboard(dashboards.nextDashboardId(), project, clean);
            dashboards.add(dashboard);
            return dashboard;
        });
    }

    @Override
    public TeamInstallation addTeamInstallation(ProjectId project, InstallationId installation,
                                                String connectedByEmail, String connectingLogin) {
        EmailAddress connector = connectedByEmail == null ? null : EmailAddress.of(connectedByEmail);
        return transactions.inTransaction(() -> {
            requireProject(project);
            UserId connectedBy = connector == null ? null
                    : users.byEmail(connector).orElseThrow(() -> noSuchUser(connector)).id();
            TeamInstallation team = new TeamInstallation(teamInstallations.nextTeamInstallationId(), project,
                    installation, connectedBy, connectingLogin);
            teamInstallations.add(team);
            return team;
        });
    }

    private void requireProject(ProjectId project) {
        if (directory.project(project).isEmpty()) {
            throw new InvalidInputException("does_not_exist", "Project with id=" + project + " does not exist.",
                    "project");
        }
    }

    @Override
    public User createUser(NewUser user) {
        EmailAddress email = EmailAddress.of(user.email());
        PasswordHash password = user.password() == null ? null : hash(user.password());
        return transactions.inTransaction(() -> {
            User created = User.register(users.nextId(), UUID.randomUUID(), SecretTokens.base62(random, 32), email,
                    user.firstName(), user.lastName(), password, user.staff(), now());
            users.add(created);
            return created;
        });
    }

    @Override
    public OrganizationMembership addMember(OrganizationId organization, String email, MembershipLevel level) {
        EmailAddress address = EmailAddress.of(email);
        return transactions.inTransaction(() -> {
            requireOrganization(organization);
            User user = users.byEmail(address).orElseThrow(() -> noSuchUser(address));
            // The first member founded the organization; anyone added later came in through an existing member.
            OrganizationMembership membership = new OrganizationMembership(organization, user.id(), level, now(),
                    registry.firstMemberOf(organization).orElse(null));
            registry.add(membership);
            return membership;
        });
    }

    @Override
    public PersonalApiKey.Issued createApiKey(String email, List<String> scopes, String label) {
        EmailAddress address = EmailAddress.of(email);
        ApiScopes parsed = scopes.isEmpty() ? ApiScopes.ALL : ApiScopes.parse(scopes);
        return transactions.inTransaction(() -> {
            User user = users.byEmail(address).orElseThrow(() -> noSuchUser(address));
            PersonalApiKey.Issued issued = PersonalApiKey.issue(user.id(), label, parsed, now(), random);
            keys.add(issued.key());
            return issued;
        });
    }

    @Override
    public Optional<InitialAdmin> initializeIfEmpty(String email, String password) {
        // Asked on every start: the password is checked and hashed (a second of work) only for an empty database.
        if (!users.isEmpty()) {
            return Optional.empty();
        }
        String clearPassword = password == null || password.isEmpty() ? SecretTokens.base57(random, 16) : password;
        PasswordHash hash = hash(clearPassword);
        EmailAddress address = EmailAddress.of(email);
        return transactions.inTransaction(() -> {
            if (!users.isEmpty()) {
                return Optional.empty();
            }
            Organization organization = createOrganization(INITIAL_ORGANIZATION);
            Project project = createProject(organization.id(), INITIAL_PROJECT);
            User admin = User.register(users.nextId(), UUID.randomUUID(), SecretTokens.base62(random, 32), address,
                    "", "", hash, true, now());
            users.add(admin);
            registry.add(new OrganizationMembership(organization.id(), admin.id(), MembershipLevel.OWNER, now(), null));
            PersonalApiKey.Issued key = createApiKey(address.value(), List.of("*"), "burrow initial key");
            return Optional.of(new InitialAdmin(organization, project, admin, clearPassword, key));
        });
    }

    private PasswordHash hash(String password) {
        policy.check(password);
        return hasher.hash(password);
    }

    private void requireOrganization(OrganizationId organization) {
        if (directory.organization(organization).isEmpty()) {
            throw new InvalidInputException("does_not_exist",
                    "Organization with id=" + organization + " does not exist.", "organization");
        }
    }

    private static InvalidInputException noSuchUser(EmailAddress email) {
        return new InvalidInputException("does_not_exist", "No user with the email address " + email + ".", "email");
    }

    private static String requireText(String value, String field, int maxLength) {
        String clean = value == null ? "" : value.strip();
        if (clean.isEmpty()) {
            throw new InvalidInputException("blank", "This field may not be blank.", field);
        }
        if (clean.codePointCount(0, clean.length()) > maxLength) {
            throw new InvalidInputException("max_length",
                    "Ensure this field has no more than " + maxLength + " characters.", field);
        }
        return clean;
    }

    /** A URL-safe slug of the name, made unique with a short random suffix when taken. */
    private String freeSlug(String name) {
        String base = Normalizer.normalize(name, Normalizer.Form.NFKD)
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9\\s_-]", "")
                .strip()
                .replaceAll("[\\s_-]+", "-")
                .replaceAll("^-+|-+$", "");
        if (base.isEmpty()) {
            base = "organization";
        }
        base = base.substring(0, Math.min(base.length(), Organization.MAX_SLUG_LENGTH - 5));
        String slug = base;
        while (registry.slugExists(slug)) {
            slug = base + "-" + SecretTokens.alphanumeric(random, 4).toLowerCase(Locale.ROOT);
        }
        return slug;
    }

    private Instant now() {
        return clock.instant();
    }

    @Override
    public void rotatePasswordResetSecret() {
        PasswordResetUseCases.rotateSecret(signingSecrets, random);
    }
}
