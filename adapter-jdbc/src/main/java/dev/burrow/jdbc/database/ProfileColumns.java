package dev.burrow.jdbc.database;

import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A {@link ProfilePart} as one column of a statement over users named {@code c}, in one database's spelling, and
 * the reading of that column: the one rendering the statements that read profiles share (the caller's own, {@code
 * dev.burrow.jdbc.profile.ProfileStatement}, and the user list's, {@code dev.burrow.jdbc.user.JdbiUserPageReads}),
 * so they cannot drift apart.
 *
 * <p>A {@link ProfilePart.Rows} part is a correlated subquery that aggregates its rows into a JSON array of arrays
 * (each row's elements in the order its reader reads them), SQL null when there are none: on PostgreSQL 15 {@code
 * json_agg(json_build_array(...) order by ...)}; on H2, which knows only the standard's functions, {@code
 * json_arrayagg(json_array(... null on null) order by ...)} (the standard's {@code json_array} drops nulls unless
 * told otherwise, which would shift the elements after a null). A limited part is spelled differently per
 * database, as {@link #column} says. A {@link ProfilePart.Flag} is its condition, read as a boolean.
 */
public final class ProfileColumns {

    private ProfileColumns() {
    }

    /** The part's column as an SQL expression (parenthesized) over the user {@code c}, in this database's spelling. */
    public static String column(ProfilePart part, boolean postgres) {
        StringBuilder sql = new StringBuilder("(");
        if (part instanceof ProfilePart.Rows rows) {
            rows(sql, rows, postgres);
        } else {
            sql.append(((ProfilePart.Flag) part).condition());
        }
        return sql.append(')').toString();
    }

    /** Adds what the part's column {@code column} of the row {@code rs} stands on holds to {@code profile}. */
    public static void read(ProfilePart part, ResultSet rs, int column, GatheredProfile profile) throws SQLException {
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
