package dev.burrow.application.github;

import dev.burrow.domain.github.GithubAccount;
import dev.burrow.domain.github.GithubRepository;
import dev.burrow.domain.github.InstallationId;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * GitHub, as burrow's GitHub App sees it. Implementations fail with an {@code UpstreamException} when GitHub errs
 * or does not answer in time, an {@code UnavailableException} (with the wait) when its rate limit is spent, and
 * an {@code InvalidInputException} naming the missing setting when the App is not configured for what is asked.
 */
public interface GithubAppGateway {

    String MISSING_CLIENT_ID = "GitHub App client ID is not configured (GITHUB_APP_CLIENT_ID missing).";
    String MISSING_SLUG = "GitHub App is not configured on this instance (missing GITHUB_APP_SLUG).";
    String MISSING_APP = "GitHub App is not configured on this instance (missing GITHUB_APP_ID or "
            + "GITHUB_APP_PRIVATE_KEY).";
    String MISSING_CLIENT_SECRET = "GitHub App client secret is not configured (GITHUB_APP_CLIENT_SECRET missing).";

    /** Every repository the installation can reach, all pages read; entries GitHub sends malformed are dropped. */
    List<GithubRepository> repositories(InstallationId installation);

    /**
     * Exchanges the code GitHub gave the returning user for who they are on GitHub and the installations they can
     * reach. A code GitHub refuses fails with an {@code InvalidInputException} carrying GitHub's error code.
     */
    GithubUser authorize(String code);

    /** Removes the App from the installation's account. */
    void uninstall(InstallationId installation);

    /** Where a user authorizes as themselves (GitHub's OAuth page), coming back with {@code state}. */
    URI authorizeUrl(String state);

    /** Where a user installs the App on an account, coming back with {@code state}. */
    URI installUrl(String state);

    /** A GitHub user who authorized the App, with the installations their token can reach. */
    record GithubUser(String login, List<Reachable> installations) {

        public GithubUser {
            Objects.requireNonNull(login, "login");
            installations = List.copyOf(installations);
        }
    }

    /** An installation a GitHub user can reach, as GitHub describes it. */
    record Reachable(InstallationId id, GithubAccount account, String repositorySelection) {
    }
}
