package dev.burrow.jdbc.user;

import dev.burrow.application.user.UserFilter;
import dev.burrow.application.user.UserPageReads;
import dev.burrow.domain.user.User;
import dev.burrow.domain.user.UserId;
import dev.burrow.jdbc.database.Database;
import dev.burrow.jdbc.database.GatheredProfile;
import dev.burrow.jdbc.database.PrefixedColumns;
import dev.burrow.jdbc.database.ProfileColumns;
import dev.burrow.jdbc.database.ProfilePart;
import dev.burrow.jdbc.database.RowReader;
import dev.burrow.jdbc.organization.OrganizationProfileParts;
import dev.burrow.jdbc.scene.SceneProfilePart;
import dev.burrow.jdbc.twofactor.SecondFactorProfilePart;
import org.jdbi.v3.core.statement.Query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * A page of the user list in one statement over burrow's own tables, on H2 and PostgreSQL: one row per listed user
 * ({@code c}, in id order), holding the count, the user's columns and one column per {@link ProfilePart}, rendered
 * and read by {@link ProfileColumns} exactly as {@code GET @me}'s statement does (a JSON aggregate of the part's
 * rows for that user, or a flag). The invites are read for the viewer only: nobody else's are shown. The users are
 * joined to the one-row count, so an empty page (an offset past the end) still brings the count, as one row
 * without a user.
 *
 * <pre>
 * with ids as (the page's ids, from the index alone)
 * select t.total, c.id as id, ..., (part 1 over c) as part_1, ...,
 *        case when c.id = :viewer then (invites over c) end as part_5
 * from (select (the count) as total) t left join ids on true left join users c on c.id = ids.id
 * order by c.id
 * </pre>
 *
 * <p>The unfiltered list counts and finds its deep offsets through {@code user_blocks} ({@link UserBlocks}), in
 * the same statement: the block that holds the offset, then a walk of the users index from its first id. The
 * limit and offset are written in as numbers, as {@link UserQueries#page} explains. The text is spelled for the
 * database at hand ({@link Database#isPostgres()}, asked once).
 */
public final class JdbiUserPageReads implements UserPageReads {

    /** The parts of every listed user's profile, in the order of their columns; the last is the viewer's only. */
    private static final List<ProfilePart> PARTS = List.of(OrganizationProfileParts.memberships(),
            OrganizationProfileParts.projects(), SceneProfilePart.scenes(), SecondFactorProfilePart.secondFactor(),
            OrganizationProfileParts.invites());
    private static final int VIEWERS_ONLY = PARTS.size() - 1;

    private static final PrefixedColumns USER = PrefixedColumns.of(UserColumns.COLUMNS, "c", "");
    /** The count is the first column, the user's columns follow, then the parts'. */
    private static final int FIRST_USER_COLUMN = 2;
    private static final int FIRST_PART_COLUMN = FIRST_USER_COLUMN + USER.labels().size();

    /** The block of {@code user_blocks} that holds the offset, and how many active users come before it. */
    private static final String BLOCK = """
            pos as (select block, before from (
                select block, active, sum(active) over (order by block) - active as before from user_blocks
            ) counted where active > 0 and before <= %1$d and before + active > %1$d)""";

    private final Database database;
    /** The database's spelling ({@link Database#isPostgres()}), asked on first use: asking takes a statement. */
    private volatile Boolean postgres;
    /** {@link #activeByUuid}'s statement in that spelling, built on first use. */
    private volatile String byUuid;

    public JdbiUserPageReads(Database database) {
        this.database = database;
    }

    private boolean postgres() {
        Boolean known = postgres;
        if (known == null) {
            known = database.isPostgres();
            postgres = known;
        }
        return known;
    }

    @Override
    public Page page(UserFilter filter, int limit, long offset, UserId viewer, Instant invitesSince) {
        return read(sql(filter, limit, offset, postgres()), query -> bind(query, filter), viewer, invitesSince);
    }

    @Override
    public Optional<UserAndProfile> activeByUuid(UUID uuid, UserId viewer, Instant invitesSince) {
        String sql = byUuid;
        if (sql == null) {
            sql = byUuid(postgres());
            byUuid = sql;
        }
        return read(sql, query -> query.bind("uuid", uuid), viewer, invitesSince).users().stream().findFirst();
    }

    private Page read(String sql, Consumer<Query> binder, UserId viewer, Instant invitesSince) {
        return database.scan(sql, query -> {
                    binder.accept(query);
                    query.bind("viewer", viewer.value()).bind("invitesSince", invitesSince);
                },
                (rs, ctx) -> {
                    long count = 0;
                    List<UserAndProfile> found = new ArrayList<>();
                    while (rs.next()) {
                        count = rs.getLong(1);
                        rs.getLong(FIRST_USER_COLUMN);
                        if (rs.wasNull()) {
                            continue; // the one row of an empty page: the count, no user
                        }
                        User user = UserRow.read(new RowReader(rs).at(FIRST_USER_COLUMN)).toUser();
                        GatheredProfile profile = new GatheredProfile();
                        for (int i = 0; i < PARTS.size(); i++) {
                            ProfileColumns.read(PARTS.get(i), rs, FIRST_PART_COLUMN + i, profile);
                        }
                        found.add(new UserAndProfile(user, profile.of(user)));
                    }
                    return new Page(count, found);
                });
    }

    /** One active user by their UUID, and their profile; the count is not read. */
    static String byUuid(boolean postgres) {
        return statement("ids as (select id from users where uuid = :uuid and is_active = true)",
                "cast(0 as bigint)", postgres);
    }

    /** The statement for this filter and page (numbers the caller checked, written in). */
    static String sql(UserFilter filter, int limit, long offset, boolean postgres) {
        if (filter.equals(UserFilter.ALL)) {
            String ids = BLOCK.formatted(offset) + ",\nids as (select id from users where is_active = true"
                    + " and id >= (select block * " + UserBlocks.SIZE + " from pos) order by id"
                    + " limit " + limit + " offset coalesce((select " + offset + " - before from pos), 0))";
            return statement(ids, "(select coalesce(sum(active), 0) from user_blocks)", postgres);
        }
        String listed = listed(filter);
        return statement("ids as (select id " + listed + " order by id limit " + limit + " offset " + offset + ")",
                "(select count(*) " + listed + ")", postgres);
    }

    /** The statement over the page's ids ({@code ids}, and what it needs, as common table expressions). */
    private static String statement(String ids, String count, boolean postgres) {
        StringBuilder sql = new StringBuilder("with ").append(ids).append("\nselect t.total, ").append(USER.select());
        for (int i = 0; i < PARTS.size(); i++) {
            String column = ProfileColumns.column(PARTS.get(i), postgres);
            sql.append(",\n").append(i == VIEWERS_ONLY ? "case when c.id = :viewer then " + column + " end" : column)
                    .append(" as part_").append(i + 1);
        }
        return sql.append("\nfrom (select ").append(count).append(" as total) t")
                .append(" left join ids on true left join users c on c.id = ids.id\norder by c.id").toString();
    }

    private static String listed(UserFilter filter) {
        return UserQueries.listed(filter.onlyUser() != null, filter.email() != null, filter.staff() != null);
    }

    private static Query bind(Query query, UserFilter filter) {
        if (filter.onlyUser() != null) {
            query.bind("onlyUser", filter.onlyUser().value());
        }
        if (filter.email() != null) {
            query.bind("email", filter.email());
        }
        if (filter.staff() != null) {
            query.bind("staff", filter.staff());
        }
        return query;
    }
}
