package dev.burrow.jdbc.session;

import dev.burrow.jdbc.database.RowsByHand;
import dev.burrow.jdbc.user.UserRow;

import java.sql.ResultSet;
import java.sql.SQLException;

/** A session and its user, read from one join: the session's columns carry a {@code session_} prefix. */
record SessionUserRow(SessionRow session, UserRow user) {

    private static final RowsByHand<SessionRow> SESSION = new RowsByHand<>("session_id", SessionRow::read);

    /** The row {@code rs} stands on: the session from its {@code session_id} column on, the user from {@code id}. */
    static SessionUserRow read(ResultSet rs) throws SQLException {
        return new SessionUserRow(SESSION.read(rs), UserRow.ROWS.read(rs));
    }
}
