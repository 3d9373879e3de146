package dev.burrow.application.github;

import dev.burrow.application.organization.OrganizationDirectory;
import dev.burrow.application.throttle.RateLimiter;
import dev.burrow.application.throttle.SensitiveActions;
import dev.burrow.application.user.UserLookup;
import dev.burrow.application.user.UserRepository;

import java.time.Clock;
import java.util.random.RandomGenerator;

/** Builds the GitHub use cases over their ports. */
public final class GithubUseCases {

    private final GithubIntegrationsUseCase integrations;
    private final GithubLinkUseCase links;

    private GithubUseCases(GithubIntegrationsUseCase integrations, GithubLinkUseCase links) {
        this.integrations = integrations;
        this.links = links;
    }

    public static GithubUseCases create(UserRepository users, OrganizationDirectory directory,
                                        GithubInstallationRepository installations, TeamInstallationDirectory teams,
                                        LinkStateRepository states, GithubAppGateway github, RateLimiter limiter,
                                        Clock clock, RandomGenerator random) {
        UserLookup lookup = new UserLookup(users);
        return new GithubUseCases(new GithubIntegrationsService(lookup, installations, teams, github, clock),
                new GithubLinkService(lookup, directory, installations, teams, states, github, clock, random,
                        new SensitiveActions(limiter, clock)));
    }

    public GithubIntegrationsUseCase integrations() {
        return integrations;
    }

    public GithubLinkUseCase links() {
        return links;
    }
}
