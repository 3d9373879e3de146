package dev.burrow.jdbc.user;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.util.Optional;

/** The SQL of the {@code users} table; the insert and the update are {@link UserColumns}'. */
interface UserQueries {

    String COLUMNS = UserColumns.COLUMNS;

    /**
     * The listed users, with only the filters in use written into the statement: "(:x is null or ...)" for an
     * absent filter kept both databases from walking the (is_active, id) index in order, and a deep page then read
     * every row before it.
     */
    static String listed(boolean onlyUser, boolean email, boolean staff) {
        return "from users where is_active = true" + (onlyUser ? " and id = :onlyUser" : "")
                + (email ? " and email = :email" : "") + (staff ? " and is_staff = :staff" : "");
    }

    @SqlQuery("select nextval('user_ids')")
    long nextId();

    /** Whether the user at this version is active, locking the row; empty when the version is not current. */
    @SqlQuery("select is_active from users where id = :id and version = :version for update")
    Optional<Boolean> lockedActivity(@Bind("id") long id, @Bind("version") long version);

    /** Locks the user's row until the transaction ends and tells whether they are active; empty without them. */
    @SqlQuery("select is_active from users where id = :id for update")
    Optional<Boolean> lock(@Bind("id") long id);

    /**
     * Deletes the user unless they belong to an organization, in one statement: the check and the delete see the
     * same rows. Their keys, sessions, second factor, scene personalisations, email codes, signal autonomy
     * settings, GitHub links (with the repositories cached for them) and started GitHub links go along (on delete
     * cascade); the memberships of people they invited keep no inviter, and the project installations they
     * connected no connector (on delete set null).
     */
    @SqlUpdate("""
            delete from users
            where id = :id and not exists (select 1 from organization_memberships where user_id = :id)
            """)
    int deleteUnaffiliated(@Bind("id") long id);

    String BY_ID = "select " + COLUMNS + " from users where id = :id";

    /** The row, locked until the transaction ends; outside one, the lock ends with the statement. */
    String LOCKED_BY_ID = BY_ID + " for update";

    String ACTIVE_BY_UUID = "select " + COLUMNS + " from users where uuid = :uuid and is_active = true";

    String BY_UUID = "select " + COLUMNS + " from users where uuid = :uuid";

    String BY_FOLDED_EMAIL = "select " + COLUMNS + " from users where email_folded = :folded";

    static String count(String listed) {
        return "select count(*) " + listed;
    }

    /**
     * The page's ids are found first, from the index alone, and only those rows are read: skipping a deep offset
     * then walks index entries rather than whole rows. The limit and offset are written in as numbers (they are
     * ints the caller checked): as parameters, H2 plans the inner query without them and sorts every row into a
     * temporary result before skipping.
     */
    static String page(String listed, int limit, long offset) {
        return "select " + COLUMNS + " from users where id in (select id " + listed
                + " order by id limit " + limit + " offset " + offset + ") order by id";
    }

    /**
     * A page of the unfiltered list that starts inside the block beginning at {@code firstId}: the walk skips
     * only the offset's distance into that block.
     */
    static String pageFrom(long firstId, int limit, long offsetInBlock) {
        return page(listed(false, false, false) + " and id >= " + firstId, limit, offsetInBlock);
    }

    @SqlQuery("select exists (select 1 from users)")
    boolean any();
}
