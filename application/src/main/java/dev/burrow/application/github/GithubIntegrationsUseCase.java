package dev.burrow.application.github;

import dev.burrow.application.actor.Actor;
import dev.burrow.domain.github.GithubInstallation;
import dev.burrow.domain.github.GithubRepository;

import java.util.List;
import java.util.Optional;

/**
 * A user's GitHub integrations at {@code /api/users/{uuid}/integrations/}: {@code lookup} is {@code @me} or, for
 * staff, a user's UUID. Installation ids arrive as the digits of the URL.
 */
public interface GithubIntegrationsUseCase {

    /** The user's links, oldest first, each saying whether their current project uses the same installation. */
    List<IntegrationView> list(IntegrationsQuery query);

    /** Removes the link; the App is uninstalled from GitHub too when nothing else uses the installation. */
    void unlink(UnlinkCommand command);

    /** A page of the installation's repositories whose full name contains the query's {@code search}. */
    RepositoryPage repositories(RepositoriesQuery query);

    /** The user's GitHub login, as far as burrow knows it. */
    Optional<String> githubLogin(GithubLoginQuery query);

    record IntegrationsQuery(Actor actor, String lookup) {
    }

    record UnlinkCommand(Actor actor, String lookup, String installationId) {
    }

    record GithubLoginQuery(Actor actor, String lookup) {
    }

    /**
     * The query string's {@code search}, {@code limit} (1 to 500, default 100) and {@code offset} (default 0), as
     * sent, each null when it was not: the numbers are judged, with Django REST framework's messages, once the
     * caller may see the user's integrations.
     */
    record RepositoriesQuery(Actor actor, String lookup, String installationId, String search, String limit,
                             String offset) {
    }

    record IntegrationView(GithubInstallation installation, boolean usesSharedInstallation) {
    }

    record RepositoryPage(List<GithubRepository> repositories, boolean hasMore) {

        public RepositoryPage {
            repositories = List.copyOf(repositories);
        }
    }
}
