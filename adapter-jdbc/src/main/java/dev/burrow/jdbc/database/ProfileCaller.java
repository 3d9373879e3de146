package dev.burrow.jdbc.database;

import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * How the statement that reads a whole profile finds its caller: by a key, a session or the user's id. Its row
 * opens the statement (as {@code c}, which every {@link ProfilePart} starts from) and comes back as its first row.
 */
public interface ProfileCaller<T> {

    /**
     * The caller's row, found by the parameter {@code :credential}: the users columns under their own names (as
     * {@code dev.burrow.jdbc.user.UserColumns} lists them), and the credential's own columns under names of their
     * own.
     */
    String select();

    /** The names of {@link #select}'s columns, in its order. */
    List<String> columns();

    /** The caller, from the row {@code rs} stands on, by its columns' names. */
    T read(ResultSet rs, StatementContext ctx) throws SQLException;
}
