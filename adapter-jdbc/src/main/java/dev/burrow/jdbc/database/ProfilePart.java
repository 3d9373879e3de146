package dev.burrow.jdbc.database;

import java.sql.SQLException;
import java.util.List;

/**
 * One kind of row in the statement that reads a caller's whole profile in one round trip ({@code
 * dev.burrow.jdbc.profile.ProfileStatement}): the rows of one table (or join) that belong to the caller, each
 * carrying this part's columns and nulls in every other part's. A slice that adds a fact to the profile adds a part
 * (or a column to its part): the statement, its order and its reading are built from the parts.
 *
 * @param columns the columns this part fills, in the order {@code reader} reads them; names unique across parts
 * @param rows    what follows {@code from c}: the joins and conditions that find this part's rows for the caller,
 *                whose row is named {@code c} and carries the users columns under their own names ({@code c.id},
 *                {@code c.email_folded}, {@code c.current_organization_id}, ...); parameter: {@code :invitesSince}
 * @param order   the order of this part's rows, over the names {@code rows} uses
 * @param limit   at most this many rows (the first in {@code order}); 0 for all of them
 * @param reader  adds one row of this part, read from its columns by hand, to the profile being gathered
 */
public record ProfilePart(List<Column> columns, String rows, String order, int limit, Reader reader) {

    public ProfilePart {
        columns = List.copyOf(columns);
    }

    /** Reads one row of the part. */
    @FunctionalInterface
    public interface Reader {
        void read(RowReader row, GatheredProfile profile) throws SQLException;
    }

    /**
     * A column: its name in the statement, the SQL that computes it over the part's rows, and its SQL type (both
     * databases' name for it), which the statement needs to type the nulls of the other parts' rows.
     */
    public record Column(String name, String expression, String type) {
    }
}
