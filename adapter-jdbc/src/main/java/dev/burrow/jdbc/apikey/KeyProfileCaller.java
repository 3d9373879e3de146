package dev.burrow.jdbc.apikey;

import dev.burrow.application.apikey.PersonalApiKeyRepository.KeyAndHolder;
import dev.burrow.jdbc.database.PrefixedColumns;
import dev.burrow.jdbc.database.ProfileCaller;
import dev.burrow.jdbc.user.UserColumns;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** A profile's caller found by the secure value of their key: the key and its holder, as {@code WITH_HOLDER}. */
public final class KeyProfileCaller implements ProfileCaller<KeyAndHolder> {

    private static final PrefixedColumns KEY = PrefixedColumns.of(PersonalApiKeyQueries.COLUMNS, "k", "key_");
    private static final PrefixedColumns USER = PrefixedColumns.of(UserColumns.COLUMNS, "c", "");

    @Override
    public String select() {
        return KEY.select() + ", " + USER.select();
    }

    @Override
    public String from() {
        return "personal_api_keys k join users c on c.id = k.user_id where k.secure_value = :credential";
    }

    @Override
    public List<String> columns() {
        List<String> columns = new ArrayList<>(KEY.labels());
        columns.addAll(USER.labels());
        return columns;
    }

    @Override
    public KeyAndHolder read(ResultSet rs, StatementContext ctx) throws SQLException {
        return KeyHolderRow.read(rs).toKeyAndHolder();
    }
}
