package dev.burrow.jdbc.database;

import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * How the statement that reads a whole profile finds its caller: by a key, a session or the user's id. Its one row
 * holds the caller's columns first, then one column per {@link ProfilePart}; no row, no caller.
 */
public interface ProfileCaller<T> {

    /**
     * The caller's columns, as a select list: the users columns of the {@code users} table, which {@link #from}
     * names {@code c} (the name every {@link ProfilePart} reads the caller by), under their own names (as {@code
     * dev.burrow.jdbc.user.UserColumns} lists them), and the credential's own columns under names of their own.
     */
    String select();

    /** What follows {@code from}: the tables that find the caller by the parameter {@code :credential}. */
    String from();

    /** The names of {@link #select}'s columns, in its order. */
    List<String> columns();

    /** The caller, from the row {@code rs} stands on, by its columns' names. */
    T read(ResultSet rs, StatementContext ctx) throws SQLException;
}
