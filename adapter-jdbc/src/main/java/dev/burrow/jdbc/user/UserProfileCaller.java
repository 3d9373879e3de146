package dev.burrow.jdbc.user;

import dev.burrow.domain.user.User;
import dev.burrow.jdbc.database.PrefixedColumns;
import dev.burrow.jdbc.database.ProfileCaller;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** A profile's caller found by their user id: for the answer a write reads after its commit. */
public final class UserProfileCaller implements ProfileCaller<User> {

    private static final PrefixedColumns USER = PrefixedColumns.of(UserColumns.COLUMNS, "c", "");

    @Override
    public String select() {
        return USER.select();
    }

    @Override
    public String from() {
        return "users c where c.id = :credential";
    }

    @Override
    public List<String> columns() {
        return USER.labels();
    }

    @Override
    public User read(ResultSet rs, StatementContext ctx) throws SQLException {
        return UserRow.ROWS.read(rs).toUser();
    }
}
