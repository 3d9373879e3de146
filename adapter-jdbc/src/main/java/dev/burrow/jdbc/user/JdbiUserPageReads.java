package dev.burrow.jdbc.user;

import dev.burrow.application.user.UserFilter;
import dev.burrow.application.user.UserPageReads;
import dev.burrow.domain.user.User;
import dev.burrow.domain.user.UserId;
import dev.burrow.jdbc.database.Database;
import dev.burrow.jdbc.database.GatheredProfile;
import dev.burrow.jdbc.database.PrefixedColumns;
import dev.burrow.jdbc.database.ProfilePart;
import dev.burrow.jdbc.database.RowReader;
import dev.burrow.jdbc.organization.OrganizationProfileParts;
import dev.burrow.jdbc.scene.SceneProfilePart;
import dev.burrow.jdbc.twofactor.SecondFactorProfilePart;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * A page of the user list in one statement over burrow's own tables, on H2 and PostgreSQL: the count, the page's
 * users ({@code c}) and, for each, the rows of the parts a profile is made of ({@link ProfilePart}s, as {@code GET
 * @me}'s statement reads them, partitioned by their user), as a {@code UNION ALL} of rows tagged by their kind (0
 * for a user, -1 for the count, then the parts in order) and their owner, and numbered in each part's order per
 * owner. The invites are read for the viewer only: nobody else's are shown.
 *
 * <pre>
 * with ids as (the page's ids, from the index alone), c as (select users.* where id in ids)
 * select 0 as kind, c.id as owner, 0 as seq, c.*, cast(null as ...) ... from c
 * union all select -1, 0, (the count), null, ...
 * union all select 1, p.owner, p.seq, null, ..., p.m_id, ... from (select c.id as owner, row_number() over
 *     (partition by c.id order by ...) as seq, ... from c join ...) p
 * ...
 * order by kind, owner, seq
 * </pre>
 *
 * <p>The unfiltered list counts and finds its deep offsets through {@code user_blocks} ({@link UserBlocks}), in
 * the same statement: the block that holds the offset, then a walk of the users index from its first id. The
 * limit and offset are written in as numbers, as {@link UserQueries#page} explains.
 */
public final class JdbiUserPageReads implements UserPageReads {

    /** The parts of every listed user's profile, in the order their rows come; the last is the viewer's only. */
    private static final List<ProfilePart> PARTS = List.of(OrganizationProfileParts.memberships(),
            OrganizationProfileParts.projects(), SceneProfilePart.scenes(), SecondFactorProfilePart.secondFactor(),
            OrganizationProfileParts.invites());
    private static final int VIEWERS_ONLY = PARTS.size() - 1;

    private static final PrefixedColumns USER = PrefixedColumns.of(UserColumns.COLUMNS, "u", "");
    private static final int FIRST_USER_COLUMN = 4;

    /** The block of {@code user_blocks} that holds the offset, and how many active users come before it. */
    private static final String BLOCK = """
            pos as (select block, before from (
                select block, active, sum(active) over (order by block) - active as before from user_blocks
            ) counted where active > 0 and before <= %1$d and before + active > %1$d)""";

    private final Database database;
    private final int[] firstColumns = new int[PARTS.size()];

    public JdbiUserPageReads(Database database) {
        this.database = database;
        int next = FIRST_USER_COLUMN + USER.labels().size();
        for (int i = 0; i < PARTS.size(); i++) {
            firstColumns[i] = next;
            next += PARTS.get(i).columns().size();
        }
    }

    @Override
    public Page page(UserFilter filter, int limit, long offset, UserId viewer, Instant invitesSince) {
        return read(sql(filter, limit, offset), query -> bind(query, filter), viewer, invitesSince);
    }

    @Override
    public Optional<UserAndProfile> activeByUuid(UUID uuid, UserId viewer, Instant invitesSince) {
        return read(BY_UUID, query -> query.bind("uuid", uuid), viewer, invitesSince).users().stream().findFirst();
    }

    private Page read(String sql, Consumer<Query> binder, UserId viewer, Instant invitesSince) {
        return database.scan(sql, query -> {
                    binder.accept(query);
                    query.bind("viewer", viewer.value()).bind("invitesSince", invitesSince);
                },
                (rs, ctx) -> {
                    RowMapper<UserRow> users = ctx.findRowMapperFor(UserRow.class).orElseThrow();
                    RowReader row = new RowReader(rs);
                    long count = 0;
                    List<User> page = new ArrayList<>();
                    Map<Long, GatheredProfile> profiles = new HashMap<>();
                    while (rs.next()) {
                        int kind = rs.getInt(1);
                        if (kind == -1) {
                            count = rs.getLong(3);
                        } else if (kind == 0) {
                            User user = users.map(rs, ctx).toUser();
                            page.add(user);
                            profiles.put(user.id().value(), new GatheredProfile());
                        } else {
                            PARTS.get(kind - 1).reader().read(row.at(firstColumns[kind - 1]),
                                    profiles.get(rs.getLong(2)));
                        }
                    }
                    List<UserAndProfile> found = new ArrayList<>(page.size());
                    for (User user : page) {
                        found.add(new UserAndProfile(user, profiles.get(user.id().value()).of(user)));
                    }
                    return new Page(count, found);
                });
    }

    /** One active user by their UUID, and their profile; the count is not read. */
    private static final String BY_UUID = statement(
            "ids as (select id from users where uuid = :uuid and is_active = true)", "cast(0 as bigint)");

    /** The statement for this filter and page (numbers the caller checked, written in). */
    static String sql(UserFilter filter, int limit, long offset) {
        boolean all = filter.equals(UserFilter.ALL);
        StringBuilder sql = new StringBuilder("with ");
        String count;
        if (all) {
            sql.append(BLOCK.formatted(offset)).append(",\nids as (select id from users where is_active = true")
                    .append(" and id >= (select block * ").append(UserBlocks.SIZE).append(" from pos) order by id")
                    .append(" limit ").append(limit).append(" offset coalesce((select ").append(offset)
                    .append(" - before from pos), 0))");
            count = "(select coalesce(sum(active), 0) from user_blocks)";
        } else {
            String listed = listed(filter);
            sql.append("ids as (select id ").append(listed).append(" order by id limit ").append(limit)
                    .append(" offset ").append(offset).append(")");
            count = "(select count(*) " + listed + ")";
        }
        return statement(sql.substring("with ".length()), count);
    }

    /** The statement over the page's ids ({@code ids}, and what it needs, as common table expressions). */
    private static String statement(String ids, String count) {
        StringBuilder sql = new StringBuilder("with ").append(ids);
        sql.append(",\nc as (select ").append(USER.select()).append(" from users u where u.id in (select id from ids))");
        sql.append("\nselect 0 as kind, c.id as owner, cast(0 as bigint) as seq");
        for (String column : USER.labels()) {
            sql.append(", c.").append(column);
        }
        for (ProfilePart part : PARTS) {
            for (ProfilePart.Column column : part.columns()) {
                sql.append(", cast(null as ").append(column.type()).append(") as ").append(column.name());
            }
        }
        sql.append(" from c\nunion all\nselect -1, 0, ").append(count);
        sql.append(", null".repeat(USER.labels().size()));
        PARTS.forEach(part -> sql.append(", null".repeat(part.columns().size())));
        for (int kind = 1; kind <= PARTS.size(); kind++) {
            ProfilePart part = PARTS.get(kind - 1);
            sql.append("\nunion all\nselect ").append(kind).append(", p.owner, p.seq");
            sql.append(", null".repeat(USER.labels().size()));
            for (ProfilePart other : PARTS) {
                for (ProfilePart.Column column : other.columns()) {
                    sql.append(other == part ? ", p." + column.name() : ", null");
                }
            }
            sql.append(" from (select c.id as owner, row_number() over (partition by c.id order by ")
                    .append(part.order()).append(") as seq");
            for (ProfilePart.Column column : part.columns()) {
                sql.append(", ").append(column.expression()).append(" as ").append(column.name());
            }
            sql.append(kind - 1 == VIEWERS_ONLY ? " from (select * from c where c.id = :viewer) c " : " from c ")
                    .append(part.rows()).append(") p");
            if (part.limit() > 0) {
                sql.append(" where p.seq <= ").append(part.limit());
            }
        }
        return sql.append("\norder by kind, owner, seq").toString();
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
