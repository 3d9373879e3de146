package dev.burrow.application.user;

import dev.burrow.application.dashboard.DashboardDirectory;
import dev.burrow.application.organization.OrganizationDirectory;
import dev.burrow.application.scene.ScenePersonalisationRepository;
import dev.burrow.application.session.SessionRepository;
import dev.burrow.application.throttle.RateLimiter;
import dev.burrow.application.transaction.TransactionRunner;

import java.util.Objects;

/**
 * The stores the user use cases work over; {@code rateLimiter} counts the password checks of every server
 * instance (PostHog's five {@code current_password} checks a minute), so a host calling the use cases from Java
 * gets the same limit an HTTP caller does.
 */
public record UserPorts(UserRepository users, OrganizationDirectory directory, ScenePersonalisationRepository scenes,
                        DashboardDirectory dashboards, SecondFactorDirectory secondFactors, SessionRepository sessions,
                        EmailVerificationRepository verifications, RateLimiter rateLimiter,
                        TransactionRunner transactions,
                        PasskeyDirectory passkeys) {

    public UserPorts {
        Objects.requireNonNull(users, "users");
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(scenes, "scenes");
        Objects.requireNonNull(dashboards, "dashboards");
        Objects.requireNonNull(secondFactors, "secondFactors");
        Objects.requireNonNull(sessions, "sessions");
        Objects.requireNonNull(verifications, "verifications");
        Objects.requireNonNull(rateLimiter, "rateLimiter");
        Objects.requireNonNull(transactions, "transactions");
        Objects.requireNonNull(passkeys, "passkeys");
    }
}
