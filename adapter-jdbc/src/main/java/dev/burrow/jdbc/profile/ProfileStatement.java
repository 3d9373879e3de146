package dev.burrow.jdbc.profile;

import dev.burrow.jdbc.database.GatheredProfile;
import dev.burrow.jdbc.database.ProfileCaller;
import dev.burrow.jdbc.database.ProfilePart;
import org.jdbi.v3.core.statement.StatementContext;

import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * The one statement that reads a caller and their whole profile: ONE row, the caller's columns (found by the
 * credential, the user named {@code c}) followed by one column per {@link ProfilePart}, a correlated subquery that
 * aggregates the part's rows into a JSON array of arrays (each row's elements in the order its reader reads them),
 * or a condition for a yes-or-no part. PostgreSQL 15 knows only its own JSON functions and H2 only the standard's,
 * so the text is built per database from the same parts; it is built once, and the driver keeps it prepared
 * (server-side on PostgreSQL, after a few uses on a connection).
 *
 * <pre>
 * select k.id as key_id, ..., c.id as id, ...,
 *        (select json_agg(json_build_array(o.id, o.name, ...) order by m.joined_at, m.organization_id)
 *         from organization_memberships m join organizations o on ... where m.user_id = c.id) as part_1,
 *        ...,
 *        (exists (select 1 from totp_devices t where t.user_id = c.id) or ...) as part_4,
 *        (select json_agg(q.r order by q.n) from (select json_build_array(...) as r,
 *             row_number() over (order by i.created_at desc) as n from ... order by i.created_at desc limit 25) q)
 * from personal_api_keys k join users c on c.id = k.user_id where k.secure_value = :credential
 * </pre>
 *
 * <p>On H2 the same with {@code json_arrayagg(json_array(... null on null) order by ...)} (the standard's
 * {@code json_array} drops nulls unless told otherwise, which would shift the elements after a null), and a limited
 * part as {@code cast(array_slice(array_agg(json_array(...) order by ...), 1, 25) as json)}.
 */
final class ProfileStatement<T> {

    private final ProfileCaller<T> caller;
    private final List<ProfilePart> parts;
    private final int firstPartColumn;
    private final String sql;

    ProfileStatement(ProfileCaller<T> caller, List<ProfilePart> parts, boolean postgres) {
        this.caller = caller;
        this.parts = List.copyOf(parts);
        this.firstPartColumn = caller.columns().size() + 1;
        this.sql = sql(postgres);
    }

    String text() {
        return sql;
    }

    /** What the statement found: the caller and their profile; empty without a caller. */
    record Found<T>(T caller, GatheredProfile profile) {
    }

    Optional<Found<T>> read(ResultSet rs, StatementContext ctx) throws SQLException {
        if (!rs.next()) {
            return Optional.empty();
        }
        T found = caller.read(rs, ctx);
        GatheredProfile profile = new GatheredProfile();
        for (int i = 0; i < parts.size(); i++) {
            int column = firstPartColumn + i;
            ProfilePart part = parts.get(i);
            if (part instanceof ProfilePart.Rows rows) {
                try {
                    rows.read(rs.getString(column), profile);
                } catch (IOException e) {
                    throw new SQLException("a profile part's JSON could not be read", e);
                }
            } else if (rs.getBoolean(column)) {
                ((ProfilePart.Flag) part).reader().mark(profile);
            }
        }
        return Optional.of(new Found<>(found, profile));
    }

    private String sql(boolean postgres) {
        StringBuilder sql = new StringBuilder("select ").append(caller.select());
        for (int i = 0; i < parts.size(); i++) {
            sql.append(",\n(");
            ProfilePart part = parts.get(i);
            if (part instanceof ProfilePart.Rows rows) {
                rows(sql, rows, postgres);
            } else {
                sql.append(((ProfilePart.Flag) part).condition());
            }
            sql.append(") as part_").append(i + 1);
        }
        return sql.append("\nfrom ").append(caller.from()).toString();
    }

    private static void rows(StringBuilder sql, ProfilePart.Rows rows, boolean postgres) {
        String row = (postgres ? "json_build_array(" : "json_array(") + String.join(", ", rows.elements())
                + (postgres ? ")" : " null on null)");
        if (rows.limit() == 0) {
            sql.append("select ").append(postgres ? "json_agg(" : "json_arrayagg(").append(row).append(" order by ")
                    .append(rows.order()).append(") from ").append(rows.rows());
        } else if (postgres) {
            // The first rows in order, aggregated in that order: the limit needs a subquery, and an aggregate
            // keeps its input's order only when told, hence the row numbers.
            sql.append("select json_agg(q.r order by q.n) from (select ").append(row)
                    .append(" as r, row_number() over (order by ").append(rows.order()).append(") as n from ")
                    .append(rows.rows()).append(" order by ").append(rows.order()).append(" limit ")
                    .append(rows.limit()).append(") q");
        } else {
            // H2 cannot see the caller from a subquery in a subquery's from, so it slices the ordered rows.
            sql.append("select cast(array_slice(array_agg(").append(row).append(" order by ").append(rows.order())
                    .append("), 1, ").append(rows.limit()).append(") as json) from ").append(rows.rows());
        }
    }
}
