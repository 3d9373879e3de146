package dev.burrow.jdbc.session;

import dev.burrow.jdbc.database.BindRecord;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The SQL of the {@code sessions} table. Deleting a session deletes its pending 2FA setup (on delete cascade). */
interface SessionQueries {

    String COLUMNS = "id, user_id, state, created_at, authenticated_at, expires_at, csrf_secret"
            // What the list of login sessions shows.
            + ", public_id, last_activity_at, client_address, device, login_method, reauthenticates";

    @SqlUpdate("insert into sessions (" + COLUMNS + """
            ) values (:id, :userId, :state, :createdAt, :authenticatedAt, :expiresAt, :csrfSecret,
                      :publicId, :lastActivityAt, :clientAddress, :device, :loginMethod, :reauthenticates)
            """)
    void insert(@BindRecord SessionRow session);

    @SqlQuery("select " + COLUMNS + " from sessions where id = :id")
    Optional<SessionRow> byId(@Bind("id") String id);

    @SqlUpdate("delete from sessions where id = :id")
    void delete(@Bind("id") String id);

    @SqlUpdate("delete from sessions where user_id = :userId")
    int deleteAllOf(@Bind("userId") long userId);

    @SqlUpdate("delete from sessions where user_id = :userId and id <> :keep")
    int deleteAllOfExcept(@Bind("userId") long userId, @Bind("keep") String keep);

    @SqlUpdate("delete from sessions where expires_at <= :now")
    int deleteExpired(@Bind("now") Instant now);

    @SqlQuery("select " + COLUMNS
            + " from sessions where user_id = :userId and state = 'active' and expires_at > :now")
    List<SessionRow> activeOf(@Bind("userId") long userId, @Bind("now") Instant now);

    /** Writes nothing when another instance wrote a later activity: at most one write per interval. */
    @SqlUpdate("""
            update sessions set last_activity_at = :at, client_address = :address, device = :device
            where id = :id and (last_activity_at is null or last_activity_at <= :notAfter)
            """)
    int recordActivity(@Bind("id") String id, @Bind("at") Instant at, @Bind("address") String address,
                       @Bind("device") String device, @Bind("notAfter") Instant notAfter);
}
