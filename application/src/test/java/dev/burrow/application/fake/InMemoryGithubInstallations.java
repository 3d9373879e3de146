package dev.burrow.application.fake;

import dev.burrow.application.github.GithubInstallationRepository;
import dev.burrow.domain.github.GithubInstallation;
import dev.burrow.domain.github.GithubRepository;
import dev.burrow.domain.github.InstallationId;
import dev.burrow.domain.user.UserId;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Users' GitHub links in memory, oldest first, with their repository lists. */
public final class InMemoryGithubInstallations implements GithubInstallationRepository {

    private final InMemoryStore store;

    public InMemoryGithubInstallations(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public List<GithubInstallation> ofUser(UserId userId) {
        synchronized (store) {
            return store.githubInstallations.values().stream().filter(link -> link.userId().equals(userId))
                    .sorted(Comparator.comparing(GithubInstallation::createdAt)).toList();
        }
    }

    @Override
    public Optional<GithubInstallation> of(UserId userId, InstallationId installationId) {
        synchronized (store) {
            return ofUser(userId).stream().filter(link -> link.installationId().equals(installationId))
                    .findFirst();
        }
    }

    @Override
    public GithubInstallation save(GithubInstallation installation) {
        synchronized (store) {
            if (!store.users.containsKey(installation.userId().value())) {
                throw new IllegalStateException("no user " + installation.userId());
            }
            Optional<GithubInstallation> existing = of(installation.userId(), installation.installationId());
            GithubInstallation saved = existing.map(found -> GithubInstallation.restore(found.id(), found.userId(),
                    found.installationId(), installation.account(), installation.repositorySelection(),
                    installation.githubLogin(), found.createdAt(), installation.updatedAt())).orElse(installation);
            store.githubInstallations.put(saved.id(), saved);
            return saved;
        }
    }

    @Override
    public boolean delete(UserId userId, InstallationId installationId) {
        synchronized (store) {
            Optional<GithubInstallation> existing = of(userId, installationId);
            existing.ifPresent(link -> {
                store.githubInstallations.remove(link.id());
                store.repositoryCaches.remove(link.id());
            });
            return existing.isPresent();
        }
    }

    @Override
    public boolean isLinked(InstallationId installationId) {
        synchronized (store) {
            return store.githubInstallations.values().stream()
                    .anyMatch(link -> link.installationId().equals(installationId));
        }
    }

    @Override
    public Optional<RepositoryCache> cache(UUID integrationId) {
        synchronized (store) {
            return Optional.ofNullable(store.repositoryCaches.get(integrationId));
        }
    }

    @Override
    public void forgetCache(UUID integrationId) {
        synchronized (store) {
            store.repositoryCaches.remove(integrationId);
        }
    }

    @Override
    public void replaceCache(UUID integrationId, List<GithubRepository> repositories, Instant readAt) {
        synchronized (store) {
            if (store.githubInstallations.containsKey(integrationId)) {
                store.repositoryCaches.put(integrationId, new RepositoryCache(repositories, readAt));
            }
        }
    }
}
