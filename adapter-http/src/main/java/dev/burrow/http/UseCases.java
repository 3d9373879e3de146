package dev.burrow.http;

import dev.burrow.application.Ports;
import dev.burrow.application.apikey.PersonalApiKeyUseCase;
import dev.burrow.application.apikey.PersonalApiKeyUseCases;
import dev.burrow.application.auth.AuthUseCases;
import dev.burrow.application.auth.AuthenticateApiKeyUseCase;
import dev.burrow.application.auth.AuthenticateHostCallerUseCase;
import dev.burrow.application.autonomy.SignalAutonomyUseCase;
import dev.burrow.application.autonomy.SignalAutonomyUseCases;
import dev.burrow.application.auth.AuthenticateSessionUseCase;
import dev.burrow.application.github.GithubUseCases;
import dev.burrow.application.health.ReadinessCheck;
import dev.burrow.application.login.LoginUseCase;
import dev.burrow.application.login.LoginUseCases;
import dev.burrow.application.reset.PasswordResetUseCase;
import dev.burrow.application.reset.PasswordResetUseCases;
import dev.burrow.application.session.Geolocation;
import dev.burrow.application.session.LoginSessionsUseCase;
import dev.burrow.application.session.LoginSessionsUseCases;
import dev.burrow.application.passkey.PasskeyUseCases;
import dev.burrow.application.transaction.TransactionRunner;
import dev.burrow.application.twofactor.TwoFactorUseCases;
import dev.burrow.application.user.UserPorts;
import dev.burrow.application.user.UserUseCases;

import java.util.Objects;

/**
 * The inbound ports the HTTP adapter drives: everything it needs from the application, in one place.
 * {@code storage} lets each request run on one connection; {@code readiness} answers the load balancer's
 * {@code GET /_readyz}; {@code hostCallers} turns the user a host vouches for into an actor (see
 * {@link dev.burrow.http.auth.HostAuthentication}).
 *
 * <p>{@link #over} is the one place the use cases are wired: burrow's server, an embedding host and the HTTP tests
 * all build them through it, and differ only in the {@link Ports} they pass.
 */
public record UseCases(UserUseCases users, AuthenticateApiKeyUseCase apiKeyAuthentication,
                       AuthenticateSessionUseCase sessionAuthentication, LoginUseCase login,
                       PersonalApiKeyUseCase apiKeys, TwoFactorUseCases twoFactor,
                       SignalAutonomyUseCase signalAutonomy,
                       GithubUseCases github, TransactionRunner storage, ReadinessCheck readiness,
                       AuthenticateHostCallerUseCase hostCallers,
                       PasswordResetUseCase passwordReset,
                       LoginSessionsUseCase loginSessions,

                       PasskeyUseCases passkeys) {

    public UseCases {
        Objects.requireNonNull(users, "users");
        Objects.requireNonNull(apiKeyAuthentication, "apiKeyAuthentication");
        Objects.requireNonNull(sessionAuthentication, "sessionAuthentication");
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(apiKeys, "apiKeys");
        Objects.requireNonNull(twoFactor, "twoFactor");
        Objects.requireNonNull(signalAutonomy, "signalAutonomy");
        Objects.requireNonNull(github, "github");
        Objects.requireNonNull(storage, "storage");
        Objects.requireNonNull(readiness, "readiness");
        Objects.requireNonNull(hostCallers, "hostCallers");
        Objects.requireNonNull(passwordReset, "passwordReset");
        Objects.requireNonNull(loginSessions, "loginSessions");
        Objects.requireNonNull(passkeys, "passkeys");
    }

    /** The use cases over {@code ports}, each slice built by its factory; {@code readiness} answers the probe. */
    public static UseCases over(Ports ports, ReadinessCheck readiness) {
        return over(ports, readiness, Geolocation.NONE);
    }

    /** The same, with login sessions placed by {@code geolocation} (an operator's GeoIP database). */
    public static UseCases over(Ports ports, ReadinessCheck readiness, Geolocation geolocation) {
        TwoFactorUseCases twoFactor = TwoFactorUseCases.create(ports.totpDevices(), ports.backupCodes(),
                ports.twoFactorSetups(), ports.sessions(), ports.users(), ports.transactions(), ports.rateLimiter(),
                ports.clock(), ports.random(), ports.webauthnCredentials());
        PasskeyUseCases passkeys = PasskeyUseCases.create(ports.webauthnCredentials(), ports.webauthnChallenges(),
                ports.passkeyVerifier(), ports.users(), ports.sessions(), ports.rateLimiter(), ports.mailer(),
                ports.transactions(), ports.clock(), ports.random(), ports.totpDevices());
        return new UseCases(
                UserUseCases.create(new UserPorts(ports.users(), ports.organizations(), ports.scenes(),
                        ports.dashboards(), ports.totpDevices(), ports.sessions(), ports.verifications(),
                        ports.rateLimiter(), ports.transactions(), ports.webauthnCredentials()), ports.profiles(),
                        ports.passwords(), ports.mailer(), ports.clock(), ports.random()),
                AuthUseCases.authenticateApiKey(ports.apiKeys(), ports.profiles(), ports.keyUses(), ports.clock()),
                AuthUseCases.authenticateSession(ports.sessions(), ports.profiles(), ports.clock()),
                LoginUseCases.create(ports.users(), ports.sessions(), twoFactor.secondFactorCheck(),
                        ports.passwords(), ports.rateLimiter(), ports.transactions(), ports.clock(), ports.random(),
                        passkeys.loginCheck()),
                PersonalApiKeyUseCases.create(ports.apiKeys(), ports.organizations(), ports.transactions(),
                        ports.clock(), ports.random()),
                twoFactor,
                SignalAutonomyUseCases.create(ports.signalAutonomy(), ports.users(), ports.transactions(),
                        ports.clock()),
                GithubUseCases.create(ports.users(), ports.organizations(), ports.githubInstallations(),
                        ports.teamInstallations(), ports.linkStates(), ports.github(), ports.rateLimiter(),
                        ports.clock(), ports.random()),
                ports.transactions(),
                readiness,
                AuthUseCases.authenticateHostCaller(ports.users()),
                PasswordResetUseCases.create(ports.users(), ports.sessions(), ports.signingSecrets(),
                        ports.rateLimiter(), ports.passwords(), ports.transactions(), ports.mailer(), ports.clock(),
                        ports.random()),
                LoginSessionsUseCases.create(ports.sessions(), ports.clock(), geolocation),
                passkeys);
    }
}
