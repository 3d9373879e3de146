package dev.burrow.jdbc.github;

import dev.burrow.application.github.GithubInstallationRepository;
import dev.burrow.domain.github.GithubInstallation;
import dev.burrow.domain.github.GithubRepository;
import dev.burrow.domain.github.InstallationId;
import dev.burrow.domain.user.UserId;
import dev.burrow.jdbc.database.Database;
import dev.burrow.jdbc.database.Violation;
import org.jdbi.v3.core.JdbiException;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Users' links to GitHub installations in the {@code github_installations} table, one per user and installation,
 * with the repositories last read for each in {@code github_cached_repositories}, a row per repository.
 */
public final class JdbiGithubInstallations implements GithubInstallationRepository {

    // A save finds the link or inserts it; only a link deleted between the two sends it round again.
    private static final int SAVE_ATTEMPTS = 3;

    private final Database database;

    public JdbiGithubInstallations(Database database) {
        this.database = database;
    }

    @Override
    public List<GithubInstallation> ofUser(UserId userId) {
        return database.call(GithubInstallationQueries.class, queries -> queries.ofUser(userId.value()))
                .stream().map(GithubInstallationRow::toInstallation).toList();
    }

    @Override
    public Optional<GithubInstallation> of(UserId userId, InstallationId installationId) {
        return database.call(GithubInstallationQueries.class,
                queries -> queries.of(userId.value(), installationId.value()))
                .map(GithubInstallationRow::toInstallation);
    }

    /**
     * Insert, else update, in one transaction. The insert is {@code insert ... on conflict do nothing}, which both
     * databases accept: when another save of the same link raced ahead, PostgreSQL and H2 both wait for it to
     * commit, and then neither inserts nor fails (0). The existing row is then locked
     * ({@code select ... for update}) and updated, so racing saves of one link take turns and each returns exactly
     * what it stored. With no failed statement there is no aborted PostgreSQL transaction; the savepoint around the
     * insert is only for a missing user, a foreign key the clause does not cover.
     */
    @Override
    public GithubInstallation save(GithubInstallation installation) {
        GithubInstallationRow row = GithubInstallationRow.of(installation);
        return database.inTransaction(() -> {
            for (int attempt = 0; attempt < SAVE_ATTEMPTS; attempt++) {
                if (insertIfAbsent(row)) {
                    return row.toInstallation();
                }
                Optional<GithubInstallationRow> existing = database.call(GithubInstallationQueries.class,
                        queries -> queries.locked(row.userId(), row.installationId()));
                if (existing.isPresent()) {
                    GithubInstallationRow stored = existing.get().relinked(row);
                    database.run(GithubInstallationQueries.class, queries -> queries.update(stored));
                    return stored.toInstallation();
                }
            }
            throw new IllegalStateException("link " + installation.id() + " could not be saved: is its id another's?");
        });
    }

    @Override
    public boolean delete(UserId userId, InstallationId installationId) {
        return database.call(GithubInstallationQueries.class,
                queries -> queries.delete(userId.value(), installationId.value())) > 0;
    }

    @Override
    public boolean isLinked(InstallationId installationId) {
        return database.call(GithubInstallationQueries.class, queries -> queries.isLinked(installationId.value()));
    }

    @Override
    public Optional<RepositoryCache> cache(UUID integrationId) {
        List<RepositoryCacheRow> rows = database.call(GithubInstallationQueries.class,
                queries -> queries.cache(integrationId));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<GithubRepository> repositories = rows.stream().filter(RepositoryCacheRow::hasRepository)
                .map(RepositoryCacheRow::toRepository).toList();
        return Optional.of(new RepositoryCache(repositories, rows.get(0).readAt()));
    }

    /**
     * In one transaction: the link's row is updated first, which locks it, so replacements of one link's list take
     * turns (each deletes what the one before it committed) and the link cannot go away halfway. A link already gone
     * updates nothing and keeps nothing. The list goes in as JDBC batches of {@value GithubInstallationQueries#CHUNK}.
     */
    @Override
    public void replaceCache(UUID integrationId, List<GithubRepository> repositories, Instant readAt) {
        Instant at = readAt.truncatedTo(ChronoUnit.MICROS);
        List<CachedRepositoryRow> rows = new ArrayList<>(repositories.size());
        for (GithubRepository repository : repositories) {
            rows.add(CachedRepositoryRow.of(rows.size(), repository));
        }
        database.inTransaction(() -> database.call(GithubInstallationQueries.class, queries -> {
            if (queries.markRead(integrationId, at) == 0) {
                return null;
            }
            queries.deleteCache(integrationId);
            if (!rows.isEmpty()) {
                queries.insertCache(integrationId, rows);
            }
            return null;
        }));
    }

    /** Under the link's row lock, as replacements take it, so a replacement running alongside cannot interleave. */
    @Override
    public void forgetCache(UUID integrationId) {
        database.inTransaction(() -> database.call(GithubInstallationQueries.class, queries -> {
            if (queries.markUnread(integrationId) > 0) {
                queries.deleteCache(integrationId);
            }
            return null;
        }));
    }

    private boolean insertIfAbsent(GithubInstallationRow row) {
        try {
            return database.attemptCall(GithubInstallationQueries.class, queries -> queries.insertIfAbsent(row)) == 1;
        } catch (JdbiException e) {
            if (Violation.FOREIGN_KEY.causedBy(e)) {
                throw new IllegalStateException("no user " + row.userId(), e);
            }
            throw e;
        }
    }
}
