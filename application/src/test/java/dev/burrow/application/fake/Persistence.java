package dev.burrow.application.fake;

import dev.burrow.application.apikey.PersonalApiKeyRepository;
import dev.burrow.application.autonomy.SignalAutonomyRepository;
import dev.burrow.application.dashboard.DashboardDirectory;
import dev.burrow.application.dashboard.DashboardRegistry;
import dev.burrow.application.github.GithubInstallationRepository;
import dev.burrow.application.github.LinkStateRepository;
import dev.burrow.application.github.TeamInstallationDirectory;
import dev.burrow.application.github.TeamInstallationRegistry;
import dev.burrow.application.organization.OrganizationDirectory;
import dev.burrow.application.organization.OrganizationRegistry;
import dev.burrow.application.reset.SigningSecretRepository;
import dev.burrow.application.passkey.WebauthnChallengeRepository;
import dev.burrow.application.passkey.WebauthnCredentialRepository;
import dev.burrow.application.scene.ScenePersonalisationRepository;
import dev.burrow.application.session.SessionRepository;
import dev.burrow.application.throttle.RateLimiter;
import dev.burrow.application.transaction.TransactionRunner;
import dev.burrow.application.twofactor.BackupCodeRepository;
import dev.burrow.application.twofactor.TotpDeviceRepository;
import dev.burrow.application.twofactor.TwoFactorSetupRepository;
import dev.burrow.application.user.EmailVerificationRepository;
import dev.burrow.application.user.UserPorts;
import dev.burrow.application.user.UserRepository;

/**
 * Every persistence port over one store: what the contract suites and the HTTP tests run against. The fake,
 * H2 and PostgreSQL each provide one.
 */
public record Persistence(UserRepository users, PersonalApiKeyRepository apiKeys,
                          OrganizationDirectory directory, OrganizationRegistry registry,
                          ScenePersonalisationRepository scenes, SessionRepository sessions, RateLimiter rateLimiter,
                          TotpDeviceRepository totpDevices, BackupCodeRepository backupCodes,
                          TwoFactorSetupRepository twoFactorSetups, EmailVerificationRepository verifications,
                          DashboardDirectory dashboards, DashboardRegistry dashboardRegistry,
                          SignalAutonomyRepository signalAutonomy, GithubInstallationRepository githubInstallations,
                          TeamInstallationDirectory teamInstallations,
                          TeamInstallationRegistry teamInstallationRegistry, LinkStateRepository linkStates,
                          TransactionRunner transactions,
                          SigningSecretRepository signingSecrets,
                          WebauthnCredentialRepository webauthnCredentials,
                          WebauthnChallengeRepository webauthnChallenges) {

    /** The same ports with another user repository (a test double that fails on purpose, say). */
    public Persistence withUsers(UserRepository replacement) {
        return new Persistence(replacement, apiKeys, directory, registry, scenes, sessions, rateLimiter, totpDevices,
                backupCodes, twoFactorSetups, verifications, dashboards, dashboardRegistry, signalAutonomy,
                githubInstallations, teamInstallations, teamInstallationRegistry, linkStates, transactions,
                signingSecrets, webauthnCredentials, webauthnChallenges);
    }

    /** The same ports with another session repository (one that counts its calls, say). */
    public Persistence withSessions(SessionRepository replacement) {
        return new Persistence(users, apiKeys, directory, registry, scenes, replacement, rateLimiter, totpDevices,
                backupCodes, twoFactorSetups, verifications, dashboards, dashboardRegistry, signalAutonomy,
                githubInstallations, teamInstallations, teamInstallationRegistry, linkStates, transactions,
                signingSecrets, webauthnCredentials, webauthnChallenges);
    }

    /** The stores the user use cases need. */
    public UserPorts userPorts() {
        return new UserPorts(users, directory, scenes, dashboards, totpDevices, sessions, verifications,
                rateLimiter, transactions, webauthnCredentials);
    }

    /** All ports over a fresh in-memory store. */
    public static Persistence inMemory() {
        InMemoryStore store = new InMemoryStore();
        InMemoryOrganizations organizations = new InMemoryOrganizations(store);
        InMemoryDashboards dashboards = new InMemoryDashboards(store);
        InMemoryTeamInstallations teams = new InMemoryTeamInstallations(store);
        return new Persistence(new InMemoryUserRepository(store), new InMemoryPersonalApiKeyRepository(store),
                organizations, organizations, new InMemoryScenePersonalisations(store), new InMemorySessions(store),
                new InMemoryRateLimiter(store), new InMemoryTotpDevices(store), new InMemoryBackupCodes(store),
                new InMemoryTwoFactorSetups(store), new InMemoryEmailVerifications(store), dashboards, dashboards,
                new InMemorySignalAutonomy(store), new InMemoryGithubInstallations(store), teams, teams,
                new InMemoryLinkStates(store), store, new InMemorySigningSecrets(store),
                new InMemoryWebauthnCredentials(store), new InMemoryWebauthnChallenges(store));
    }
}
