package dev.burrow.jdbc.database;

import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A kind of constraint a statement broke, recognised by the SQLState that PostgreSQL and H2 both report. */
public enum Violation {

    UNIQUE(Set.of("23505")),
    // H2 reports a missing parent as 23506 where PostgreSQL says 23503.
    FOREIGN_KEY(Set.of("23503", "23506"));

    // H2 names the constraint at the start of its message: "public.users_email_folded_key INDEX ...".
    private static final Pattern H2_CONSTRAINT = Pattern.compile("\"(?:[^\".\\s]+\\.)?([^\".\\s]+)[\\s\"]");

    private final Set<String> states;

    Violation(Set<String> states) {
        this.states = states;
    }

    /** Whether {@code failure} was caused by breaking a constraint of this kind. */
    public boolean causedBy(Throwable failure) {
        return sqlException(failure) != null;
    }

    /** Whether {@code failure} was caused by breaking the constraint named {@code constraint}, of this kind. */
    public boolean causedBy(Throwable failure, String constraint) {
        SQLException sql = sqlException(failure);
        return sql != null && constraint.equalsIgnoreCase(constraintOf(sql));
    }

    // Only the statement's own error counts: PostgreSQL's driver chains the error that aborted the transaction
    // beneath a later "current transaction is aborted", and that earlier violation is not this statement's.
    private SQLException sqlException(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return states.contains(sql.getSQLState()) ? sql : null;
            }
        }
        return null;
    }

    private static String constraintOf(SQLException failure) {
        if (fromPostgres(failure)) {
            return Postgres.constraintOf(failure);
        }
        String message = failure.getMessage();
        if (message == null) {
            return null;
        }
        Matcher matcher = H2_CONSTRAINT.matcher(message);
        return matcher.find() ? matcher.group(1).toLowerCase(Locale.ROOT) : null;
    }

    /** Told by name, so that a host on H2 alone, without PostgreSQL's driver, never loads its classes. */
    private static boolean fromPostgres(SQLException failure) {
        for (Class<?> type = failure.getClass(); type != null; type = type.getSuperclass()) {
            if (type.getName().equals(POSTGRES_FAILURE)) {
                return true;
            }
        }
        return false;
    }

    private static final String POSTGRES_FAILURE = "org.postgresql.util.PSQLException";

    /** What only PostgreSQL's driver says; loaded only for its failures (the driver is optional). */
    private static final class Postgres {

        static String constraintOf(SQLException failure) {
            if (failure instanceof PSQLException postgres) {
                ServerErrorMessage message = postgres.getServerErrorMessage();
                return message == null ? null : message.getConstraint();
            }
            return null;
        }
    }
}
