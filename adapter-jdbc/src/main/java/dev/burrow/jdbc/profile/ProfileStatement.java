package dev.burrow.jdbc.profile;

import dev.burrow.jdbc.database.GatheredProfile;
import dev.burrow.jdbc.database.ProfileCaller;
import dev.burrow.jdbc.database.ProfilePart;
import dev.burrow.jdbc.database.RowReader;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * The one statement that reads a caller and their whole profile: the caller's row ({@code c}, found by the
 * credential), then each {@link ProfilePart}'s rows, as a {@code UNION ALL} of rows tagged by their kind (0 for the
 * caller, then the parts in order) and numbered in each part's order. Every row has every part's columns, nulls but
 * its own; the caller's row types them, which PostgreSQL needs to match a chain of unions. The same SQL is right on
 * H2 and PostgreSQL (ProfileReadsContract), though only PostgreSQL runs it fast for now (see {@link
 * JdbiProfileReads}); it is built once, and the driver keeps it prepared (server-side, after a few uses on a
 * connection).
 *
 * <pre>
 * with c as (select ... where k.secure_value = :credential)
 * select 0 as kind, 0 as seq, c.key_id, ..., c.id, ..., cast(null as uuid) as m_id, ... from c
 * union all
 * select 1, p.seq, null, ..., p.m_id, ... from (select row_number() over (order by ...) as seq, o.id as m_id, ...
 *                                            from c join ...) p
 * ...
 * order by kind, seq
 * </pre>
 */
final class ProfileStatement<T> {

    private static final int FIRST_COLUMN = 3;

    private final ProfileCaller<T> caller;
    private final List<ProfilePart> parts;
    private final int[] firstColumns;
    private final String sql;

    ProfileStatement(ProfileCaller<T> caller, List<ProfilePart> parts) {
        this.caller = caller;
        this.parts = List.copyOf(parts);
        this.firstColumns = new int[parts.size()];
        int next = FIRST_COLUMN + caller.columns().size();
        for (int i = 0; i < parts.size(); i++) {
            firstColumns[i] = next;
            next += parts.get(i).columns().size();
        }
        this.sql = sql();
    }

    String text() {
        return sql;
    }

    /** What the statement found: the caller and their profile's rows; empty without a caller. */
    record Found<T>(T caller, GatheredProfile profile) {
    }

    Optional<Found<T>> read(ResultSet rs, StatementContext ctx) throws SQLException {
        T found = null;
        GatheredProfile profile = new GatheredProfile();
        RowReader row = new RowReader(rs);
        while (rs.next()) {
            int kind = rs.getInt(1);
            if (kind == 0) {
                found = caller.read(rs, ctx);
            } else {
                parts.get(kind - 1).reader().read(row.at(firstColumns[kind - 1]), profile);
            }
        }
        return found == null ? Optional.empty() : Optional.of(new Found<>(found, profile));
    }

    private String sql() {
        StringBuilder sql = new StringBuilder("with c as (").append(caller.select()).append(")\n");
        sql.append("select 0 as kind, cast(0 as bigint) as seq");
        for (String column : caller.columns()) {
            sql.append(", c.").append(column);
        }
        for (ProfilePart part : parts) {
            for (ProfilePart.Column column : part.columns()) {
                sql.append(", cast(null as ").append(column.type()).append(") as ").append(column.name());
            }
        }
        sql.append(" from c");
        for (int kind = 1; kind <= parts.size(); kind++) {
            ProfilePart part = parts.get(kind - 1);
            sql.append("\nunion all\nselect ").append(kind).append(", p.seq");
            sql.append(", null".repeat(caller.columns().size()));
            for (ProfilePart other : parts) {
                for (ProfilePart.Column column : other.columns()) {
                    sql.append(other == part ? ", p." + column.name() : ", null");
                }
            }
            sql.append(" from (select row_number() over (order by ").append(part.order()).append(") as seq");
            for (ProfilePart.Column column : part.columns()) {
                sql.append(", ").append(column.expression()).append(" as ").append(column.name());
            }
            sql.append(" from c ").append(part.rows()).append(") p");
            if (part.limit() > 0) {
                sql.append(" where p.seq <= ").append(part.limit());
            }
        }
        return sql.append("\norder by kind, seq").toString();
    }
}
