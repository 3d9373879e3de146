package dev.burrow.jdbc.database;

import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A row record mapped by hand: its columns stand together in its own order, found in a result set by the label of
 * the first, and {@code read} reads them one after another. No reflection and no matching of names per row: JDBI
 * specializes the mapper once per result set, and the callers of the profile statement find the first column once
 * per row ({@link #read(ResultSet)}).
 */
public record RowsByHand<T>(String firstLabel, Read<T> read) implements RowMapper<T> {

    /** Reads one row from where {@code row} stands. */
    @FunctionalInterface
    public interface Read<T> {
        T read(RowReader row) throws SQLException;
    }

    /** The row {@code rs} stands on. */
    public T read(ResultSet rs) throws SQLException {
        return read.read(new RowReader(rs).at(rs.findColumn(firstLabel)));
    }

    @Override
    public T map(ResultSet rs, StatementContext ctx) throws SQLException {
        return read(rs);
    }

    @Override
    public RowMapper<T> specialize(ResultSet rs, StatementContext ctx) throws SQLException {
        int first = rs.findColumn(firstLabel);
        return (row, context) -> read.read(new RowReader(row).at(first));
    }
}
