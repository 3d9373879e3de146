package dev.burrow.application.github;

import dev.burrow.domain.github.GithubInstallation;
import dev.burrow.domain.github.GithubRepository;
import dev.burrow.domain.github.InstallationId;
import dev.burrow.domain.user.UserId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where users' links to GitHub installations are kept, with the repository list last read for each. */
public interface GithubInstallationRepository {

    /** The user's links, oldest ({@code createdAt}) first. */
    List<GithubInstallation> ofUser(UserId userId);

    Optional<GithubInstallation> of(UserId userId, InstallationId installationId);

    /**
     * Stores the link: a new one, or in place of the user's existing link to the same installation (which keeps
     * its id and creation time). Racing saves of one user's link leave one row.
     */
    GithubInstallation save(GithubInstallation installation);

    /** Removes the user's link to the installation; false when there was none. */
    boolean delete(UserId userId, InstallationId installationId);

    /** Whether any user's link names the installation. */
    boolean isLinked(InstallationId installationId);

    /** The repositories last read for a link, if they ever were. */
    Optional<RepositoryCache> cache(UUID integrationId);

    /** Replaces the repositories kept for a link (a link that is gone keeps nothing). */
    void replaceCache(UUID integrationId, List<GithubRepository> repositories, Instant readAt);

    /** Forgets the repositories kept for a link, so the next request reads them from GitHub. */
    void forgetCache(UUID integrationId);

    /** A link's repositories as read at {@code readAt}, in GitHub's order. */
    record RepositoryCache(List<GithubRepository> repositories, Instant readAt) {

        public RepositoryCache {
            repositories = List.copyOf(repositories);
        }
    }
}
