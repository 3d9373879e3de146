package dev.burrow.application.provisioning;

import dev.burrow.application.apikey.PersonalApiKeyRepository;
import dev.burrow.application.credential.PasswordHasher;
import dev.burrow.application.dashboard.DashboardRegistry;
import dev.burrow.application.github.TeamInstallationRegistry;
import dev.burrow.application.organization.OrganizationDirectory;
import dev.burrow.application.organization.OrganizationRegistry;
import dev.burrow.application.reset.SigningSecretRepository;
import dev.burrow.application.transaction.TransactionRunner;
import dev.burrow.application.user.UserRepository;

import java.time.Clock;
import java.util.random.RandomGenerator;

/** Builds the operator's use cases. */
public final class ProvisioningUseCases {

    private ProvisioningUseCases() {
    }

    public static Provisioning create(UserRepository users, PersonalApiKeyRepository keys,
                                      OrganizationRegistry registry, OrganizationDirectory directory,
                                      DashboardRegistry dashboards, TeamInstallationRegistry teamInstallations,
                                      PasswordHasher hasher, TransactionRunner transactions, Clock clock,
                                      RandomGenerator random, SigningSecretRepository signingSecrets) {
        return new ProvisioningService(users, keys, registry, directory, dashboards, teamInstallations, hasher,
                transactions, clock, random, signingSecrets);
    }
}
