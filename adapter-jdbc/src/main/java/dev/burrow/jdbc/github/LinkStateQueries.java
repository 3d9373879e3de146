package dev.burrow.jdbc.github;

import dev.burrow.jdbc.database.BindRecord;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.Optional;

/** The SQL of the {@code github_link_states} table. */
interface LinkStateQueries {

    String COLUMNS = "token_hash, user_id, flow, installation_id, connect_from, expires_at";

    @SqlUpdate("insert into github_link_states (" + COLUMNS + """
            ) values (:tokenHash, :userId, :flow, :installationId, :connectFrom, :expiresAt)
            """)
    void insert(@BindRecord LinkStateRow state);

    /** The state, locked until the transaction ends; empty when there is none (or another take removed it). */
    @SqlQuery("select " + COLUMNS + " from github_link_states where token_hash = :tokenHash for update")
    Optional<LinkStateRow> locked(@Bind("tokenHash") String tokenHash);

    @SqlUpdate("delete from github_link_states where token_hash = :tokenHash")
    int delete(@Bind("tokenHash") String tokenHash);

    @SqlUpdate("delete from github_link_states where expires_at <= :now")
    void deleteExpired(@Bind("now") Instant now);
}
