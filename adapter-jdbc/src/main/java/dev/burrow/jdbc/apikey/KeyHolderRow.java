package dev.burrow.jdbc.apikey;

import dev.burrow.application.apikey.PersonalApiKeyRepository.KeyAndHolder;
import dev.burrow.jdbc.user.UserRow;
import org.jdbi.v3.core.mapper.Nested;

/** A key and its holder, read from one join: the key's columns carry a {@code key_} prefix. */
record KeyHolderRow(@Nested("key_") PersonalApiKeyRow key, @Nested UserRow holder) {

    KeyAndHolder toKeyAndHolder() {
        return new KeyAndHolder(key.toKey(), holder.toUser());
    }
}
