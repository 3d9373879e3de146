package dev.burrow.application;

import dev.burrow.application.apikey.KeyUseRecorder;
import dev.burrow.application.apikey.PersonalApiKeyRepository;
import dev.burrow.application.autonomy.SignalAutonomyRepository;
import dev.burrow.application.credential.PasswordHasher;
import dev.burrow.application.dashboard.DashboardDirectory;
import dev.burrow.application.github.GithubAppGateway;
import dev.burrow.application.github.GithubInstallationRepository;
import dev.burrow.application.github.LinkStateRepository;
import dev.burrow.application.github.TeamInstallationDirectory;
import dev.burrow.application.mail.Mailer;
import dev.burrow.application.organization.OrganizationDirectory;
import dev.burrow.application.reset.SigningSecretRepository;
import dev.burrow.application.passkey.PasskeyVerifier;
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
import dev.burrow.application.user.ProfileReads;
import dev.burrow.application.user.UserRepository;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;

/**
 * Every outbound port the use cases drive, in one place: what a composition root supplies, and all it supplies.
 * burrow's own server and an embedding host pass JDBC storage (or the host's own directories), the HTTP tests pass
 * the in-memory fakes; the use cases are wired over them in one place ({@code dev.burrow.http.UseCases#over}), so
 * that what the tests run is what hosts run. {@code keyUses} is where a key's last use is written (the key
 * repository itself, or a write-behind batch on a server). {@code totpDevices} also says who has a second factor
 * (a TOTP device, or passkeys turned on for 2FA with a verified one: issue 13), in one lookup. {@code profiles}
 * reads a caller's whole profile: burrow's storage in one statement, or a
 * {@link dev.burrow.application.user.ComposedProfileReads} over the other ports where nothing reads it at once.
 */
public record Ports(UserRepository users, PersonalApiKeyRepository apiKeys, KeyUseRecorder keyUses,
                    OrganizationDirectory organizations, ScenePersonalisationRepository scenes,
                    DashboardDirectory dashboards, SessionRepository sessions, RateLimiter rateLimiter,
                    TotpDeviceRepository totpDevices, BackupCodeRepository backupCodes,
                    TwoFactorSetupRepository twoFactorSetups, EmailVerificationRepository verifications,
                    SignalAutonomyRepository signalAutonomy, GithubInstallationRepository githubInstallations,
                    TeamInstallationDirectory teamInstallations, LinkStateRepository linkStates,
                    TransactionRunner transactions, PasswordHasher passwords, Mailer mailer,
                    GithubAppGateway github, Clock clock, SecureRandom random,
                    SigningSecretRepository signingSecrets,
                    WebauthnCredentialRepository webauthnCredentials, WebauthnChallengeRepository webauthnChallenges,
                    PasskeyVerifier passkeyVerifier, ProfileReads profiles) {

    /** Every port is needed: a missing one is named here, not found by the first request that uses it. */
    public Ports {
        List<Object> all = Arrays.asList(users, apiKeys, keyUses, organizations, scenes, dashboards, sessions,
                rateLimiter, totpDevices, backupCodes, twoFactorSetups, verifications, signalAutonomy,
                githubInstallations, teamInstallations, linkStates, transactions, passwords, mailer, github, clock,
                random, signingSecrets,
                webauthnCredentials, webauthnChallenges, passkeyVerifier, profiles);
        if (all.contains(null)) {
            throw new NullPointerException(Ports.class.getRecordComponents()[all.indexOf(null)].getName());
        }
    }
}
