package dev.burrow.jdbc.user;

import org.jdbi.v3.core.statement.SqlStatement;

import java.util.stream.Collectors;

/**
 * The statements over every column of {@code users}, built once from {@link UserRow#COLUMNS}: the list that the
 * reads (and the reads of other tables that join a user) select, the insert and the update. A new column is never
 * written here.
 */
public final class UserColumns {

    /** Every column, in {@link UserRow}'s order. */
    public static final String COLUMNS = UserRow.COLUMNS.stream().map(UserRow.Column::name)
            .collect(Collectors.joining(", "));

    /** Inserts a row; each column binds by its own name ({@code :email_folded}). */
    static final String INSERT = "insert into users (" + COLUMNS + ") values ("
            + UserRow.COLUMNS.stream().map(column -> ":" + column.name()).collect(Collectors.joining(", ")) + ")";

    /**
     * Writes every column of the row at this version but its id, and counts the version up; no row changes when
     * the version is not current.
     */
    static final String UPDATE = "update users set "
            + UserRow.COLUMNS.stream().map(UserRow.Column::name)
                    .filter(name -> !name.equals("id") && !name.equals("version"))
                    .map(name -> name + " = :" + name).collect(Collectors.joining(", "))
            + ", version = version + 1 where id = :id and version = :version";

    /** The update of a user who stays active or inactive: no count in {@code user_blocks} changes. */
    static final String UPDATE_KEEPING_ACTIVITY = UPDATE + " and is_active = :is_active";

    private UserColumns() {
    }

    /** The columns again, each named through {@code alias} (a join's name for the users table). */
    public static String of(String alias) {
        return UserRow.COLUMNS.stream().map(column -> alias + '.' + column.name())
                .collect(Collectors.joining(", "));
    }

    /** Binds each column of {@code row} by its name, as {@link #INSERT} and {@link #UPDATE} name them. */
    static <S extends SqlStatement<S>> S bind(S statement, UserRow row) {
        for (UserRow.Column column : UserRow.COLUMNS) {
            statement.bindByType(column.name(), column.value().apply(row), column.type());
        }
        return statement;
    }
}
