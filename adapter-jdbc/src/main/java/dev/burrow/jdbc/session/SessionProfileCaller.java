package dev.burrow.jdbc.session;

import dev.burrow.application.session.SessionRepository.SessionAndUser;
import dev.burrow.jdbc.database.PrefixedColumns;
import dev.burrow.jdbc.database.ProfileCaller;
import dev.burrow.jdbc.user.UserColumns;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** A profile's caller found by their session's id: the session (whatever its state) and its user. */
public final class SessionProfileCaller implements ProfileCaller<SessionAndUser> {

    private static final PrefixedColumns SESSION = PrefixedColumns.of(SessionQueries.COLUMNS, "s", "session_");
    private static final PrefixedColumns USER = PrefixedColumns.of(UserColumns.COLUMNS, "c", "");

    @Override
    public String select() {
        return SESSION.select() + ", " + USER.select();
    }

    @Override
    public String from() {
        return "sessions s join users c on c.id = s.user_id where s.id = :credential";
    }

    @Override
    public List<String> columns() {
        List<String> columns = new ArrayList<>(SESSION.labels());
        columns.addAll(USER.labels());
        return columns;
    }

    @Override
    public SessionAndUser read(ResultSet rs, StatementContext ctx) throws SQLException {
        SessionUserRow row = SessionUserRow.read(rs);
        return new SessionAndUser(row.session().toSession(), row.user().toUser());
    }
}
