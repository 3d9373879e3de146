package dev.burrow.jdbc.apikey;

import dev.burrow.application.apikey.PersonalApiKeyRepository.KeyAndHolder;
import dev.burrow.jdbc.database.RowReader;
import dev.burrow.jdbc.database.RowsByHand;
import dev.burrow.jdbc.user.UserRow;
import org.jdbi.v3.core.mapper.RowMapper;

import java.sql.ResultSet;
import java.sql.SQLException;

/** A key and its holder, read from one join: the key's columns carry a {@code key_} prefix. */
record KeyHolderRow(PersonalApiKeyRow key, UserRow holder) {

    private static final RowsByHand<PersonalApiKeyRow> KEY = new RowsByHand<>("key_id", PersonalApiKeyRow::read);

    /** Maps such a join's rows. */
    static final RowMapper<KeyHolderRow> ROWS = (rs, ctx) -> read(rs);

    /** The row {@code rs} stands on: the key from its {@code key_id} column on, the holder from {@code id} on. */
    static KeyHolderRow read(ResultSet rs) throws SQLException {
        return new KeyHolderRow(KEY.read(rs), UserRow.ROWS.read(rs));
    }

    KeyAndHolder toKeyAndHolder() {
        return new KeyAndHolder(key.toKey(), holder.toUser());
    }
}
