package dev.burrow.jdbc.database;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Reads a row's columns one after another from a given column, typed as the adapter's rows hold them: a row is
 * mapped by hand, in its columns' order, without reflection.
 */
public final class RowReader {

    private final ResultSet rs;
    private int next;

    public RowReader(ResultSet rs) {
        this.rs = rs;
    }

    /** Reads on from column {@code first} (1-based). */
    public RowReader at(int first) {
        this.next = first;
        return this;
    }

    public String text() throws SQLException {
        return rs.getString(next++);
    }

    public UUID uuid() throws SQLException {
        return rs.getObject(next++, UUID.class);
    }

    public Instant instant() throws SQLException {
        OffsetDateTime value = rs.getObject(next++, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    public long longValue() throws SQLException {
        return rs.getLong(next++);
    }

    public Long nullableLong() throws SQLException {
        long value = rs.getLong(next++);
        return rs.wasNull() ? null : value;
    }

    public int intValue() throws SQLException {
        return rs.getInt(next++);
    }

    public boolean bool() throws SQLException {
        return rs.getBoolean(next++);
    }

    public Boolean nullableBool() throws SQLException {
        boolean value = rs.getBoolean(next++);
        return rs.wasNull() ? null : value;
    }
}
