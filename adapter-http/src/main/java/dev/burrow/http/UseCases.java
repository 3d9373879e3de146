package dev.burrow.http;

import dev.burrow.application.apikey.PersonalApiKeyUseCase;
import dev.burrow.application.auth.AuthenticateApiKeyUseCase;
import dev.burrow.application.auth.AuthenticateHostCallerUseCase;
import dev.burrow.application.autonomy.SignalAutonomyUseCase;
import dev.burrow.application.auth.AuthenticateSessionUseCase;
import dev.burrow.application.github.GithubUseCases;
import dev.burrow.application.health.ReadinessCheck;
import dev.burrow.application.login.LoginUseCase;
import dev.burrow.application.throttle.PasswordCheckThrottle;
import dev.burrow.application.transaction.TransactionRunner;
import dev.burrow.application.twofactor.TwoFactorUseCases;
import dev.burrow.application.user.UserUseCases;

import java.util.Objects;

/**
 * The inbound ports the HTTP adapter drives: everything it needs from the application, in one place.
 * {@code storage} lets each request run on one connection; {@code readiness} answers the load balancer's
 * {@code GET /_readyz}; {@code hostCallers} turns the user a host vouches for into an actor (see
 * {@link dev.burrow.http.auth.HostAuthentication}).
 */
public record UseCases(UserUseCases users, AuthenticateApiKeyUseCase apiKeyAuthentication,
                       AuthenticateSessionUseCase sessionAuthentication, LoginUseCase login,
                       PersonalApiKeyUseCase apiKeys, TwoFactorUseCases twoFactor,
                       PasswordCheckThrottle passwordChecks, SignalAutonomyUseCase signalAutonomy,
                       GithubUseCases github, TransactionRunner storage, ReadinessCheck readiness,
                       AuthenticateHostCallerUseCase hostCallers) {

    public UseCases {
        Objects.requireNonNull(users, "users");
        Objects.requireNonNull(apiKeyAuthentication, "apiKeyAuthentication");
        Objects.requireNonNull(sessionAuthentication, "sessionAuthentication");
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(apiKeys, "apiKeys");
        Objects.requireNonNull(twoFactor, "twoFactor");
        Objects.requireNonNull(passwordChecks, "passwordChecks");
        Objects.requireNonNull(signalAutonomy, "signalAutonomy");
        Objects.requireNonNull(github, "github");
        Objects.requireNonNull(storage, "storage");
        Objects.requireNonNull(readiness, "readiness");
        Objects.requireNonNull(hostCallers, "hostCallers");
    }
}
