package dev.burrow.bootstrap.walls;

import dev.burrow.jdbc.user.UserRow;

/** A class outside the JDBC adapter that knows one of its rows: what the architecture test must catch. */
public final class ReadsARow {

    private ReadsARow() {
    }

    public static long idOf(UserRow row) {
        return row.id();
    }
}
