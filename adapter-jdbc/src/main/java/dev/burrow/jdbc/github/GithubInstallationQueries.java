package dev.burrow.jdbc.github;

import dev.burrow.jdbc.database.BindRecord;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.BatchChunkSize;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The SQL of the {@code github_installations} and {@code github_cached_repositories} tables. */
interface GithubInstallationQueries {

    String COLUMNS = """
            id, user_id, installation_id, account_type, account_name, repository_selection, github_login, created_at,
            updated_at
            """;

    /** How many cached repositories one JDBC batch carries: a list of thousands costs a few round trips. */
    int CHUNK = 1000;

    // Links made in the same microsecond fall back to their ids, so the order never changes between reads.
    @SqlQuery("select " + COLUMNS + " from github_installations where user_id = :userId order by created_at, id")
    List<GithubInstallationRow> ofUser(@Bind("userId") long userId);

    @SqlQuery("select " + COLUMNS
            + " from github_installations where user_id = :userId and installation_id = :installationId")
    Optional<GithubInstallationRow> of(@Bind("userId") long userId, @Bind("installationId") long installationId);

    /** The user's link to the installation, locked until the transaction ends; empty when there is none. */
    @SqlQuery("select " + COLUMNS
            + " from github_installations where user_id = :userId and installation_id = :installationId for update")
    Optional<GithubInstallationRow> locked(@Bind("userId") long userId, @Bind("installationId") long installationId);

    /**
     * Inserts the link, or nothing when the user already links the installation (0). H2 takes no conflict target,
     * so none is named: (user_id, installation_id) is the only key a new random id can meet.
     */
    @SqlUpdate("insert into github_installations (" + COLUMNS + """
            ) values (:id, :userId, :installationId, :accountType, :accountName, :repositorySelection, :githubLogin,
                      :createdAt, :updatedAt)
            on conflict do nothing
            """)
    int insertIfAbsent(@BindRecord GithubInstallationRow link);

    /** What GitHub says of the installation now; the id, the user, the installation and the creation time stay. */
    @SqlUpdate("""
            update github_installations set
                account_type = :accountType, account_name = :accountName,
                repository_selection = :repositorySelection, github_login = :githubLogin, updated_at = :updatedAt
            where id = :id
            """)
    void update(@BindRecord GithubInstallationRow link);

    /** Deletes the link; its cached repositories go along (on delete cascade). */
    @SqlUpdate("delete from github_installations where user_id = :userId and installation_id = :installationId")
    int delete(@Bind("userId") long userId, @Bind("installationId") long installationId);

    @SqlQuery("select exists (select 1 from github_installations where installation_id = :installationId)")
    boolean isLinked(@Bind("installationId") long installationId);

    /**
     * The link's cache in one statement, so the time and the list come from the same moment even while a new list
     * replaces it: nothing when the link is gone or its list was never read, one row without a repository when it
     * was read empty.
     */
    @SqlQuery("""
            select l.repositories_read_at as read_at, r.repository_id, r.name, r.full_name, r.is_private,
                   r.default_branch, r.language, r.pushed_at, r.archived, r.can_push
            from github_installations l
            left join github_cached_repositories r on r.integration_id = l.id
            where l.id = :id and l.repositories_read_at is not null
            order by r.ordinal
            """)
    List<RepositoryCacheRow> cache(@Bind("id") UUID integrationId);

    /** Records when the link's list was read, locking the link's row until the transaction ends; 0 when it is gone. */
    @SqlUpdate("update github_installations set repositories_read_at = :readAt where id = :id")
    int markRead(@Bind("id") UUID integrationId, @Bind("readAt") Instant readAt);

    /** Forgets when the link's list was read, locking the link's row as {@link #markRead} does. */
    @SqlUpdate("update github_installations set repositories_read_at = null where id = :id")
    int markUnread(@Bind("id") UUID integrationId);

    @SqlUpdate("delete from github_cached_repositories where integration_id = :id")
    void deleteCache(@Bind("id") UUID integrationId);

    @SqlBatch("""
            insert into github_cached_repositories (
                integration_id, ordinal, repository_id, name, full_name, is_private, default_branch, language,
                pushed_at, archived, can_push
            ) values (:integrationId, :ordinal, :repositoryId, :name, :fullName, :isPrivate, :defaultBranch,
                      :language, :pushedAt, :archived, :canPush)
            """)
    @BatchChunkSize(CHUNK)
    void insertCache(@Bind("integrationId") UUID integrationId,
                     @BindRecord List<CachedRepositoryRow> repositories);
}
