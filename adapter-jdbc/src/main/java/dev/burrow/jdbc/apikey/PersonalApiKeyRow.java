package dev.burrow.jdbc.apikey;

import dev.burrow.domain.apikey.ApiScope;
import dev.burrow.domain.apikey.ApiScopes;
import dev.burrow.domain.apikey.PersonalApiKey;
import dev.burrow.domain.user.UserId;
import dev.burrow.jdbc.database.JsonColumns;
import dev.burrow.jdbc.database.RowReader;
import dev.burrow.jdbc.database.RowsByHand;

import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashSet;

/** One row of {@code personal_api_keys}. */
record PersonalApiKeyRow(String id, long userId, String label, String secureValue, String maskValue, String scopes,
                         String scopedTeams, String scopedOrganizations, Instant createdAt, Instant lastUsedAt,
                         Instant lastRolledAt) {

    /** Reads the row from its {@code id} column on, in {@link PersonalApiKeyQueries#COLUMNS}' order. */
    static final RowsByHand<PersonalApiKeyRow> ROWS = new RowsByHand<>("id", PersonalApiKeyRow::read);

    /** The row's columns from where {@code row} stands, in {@link PersonalApiKeyQueries#COLUMNS}' order. */
    static PersonalApiKeyRow read(RowReader row) throws SQLException {
        return new PersonalApiKeyRow(row.text(), row.longValue(), row.text(), row.text(), row.text(), row.text(),
                row.text(), row.text(), row.instant(), row.instant(), row.instant());
    }

    static PersonalApiKeyRow of(PersonalApiKey key) {
        // The scopes as held, not ApiScopes.values(): that shows an old key's empty set as ["*"], which would read
        // back as a different set.
        var scopes = key.scopes().scopes().stream().map(ApiScope::value).sorted().toList();
        return new PersonalApiKeyRow(key.id(), key.userId().value(), key.label(), key.secureValue(), key.maskValue(),
                JsonColumns.write(scopes), JsonColumns.writeNullable(key.scopedTeams()),
                JsonColumns.writeNullable(key.scopedOrganizations()), key.createdAt(), key.lastUsedAt(),
                key.lastRolledAt());
    }

    PersonalApiKey toKey() {
        // Stored scopes are trusted as they are: a scope PostHog added after this build must not lock its key out.
        LinkedHashSet<ApiScope> held = new LinkedHashSet<>();
        JsonColumns.strings(scopes).forEach(value -> held.add(new ApiScope(value)));
        return PersonalApiKey.restore(id, new UserId(userId), label, secureValue, maskValue, new ApiScopes(held),
                scopedTeams == null ? null : JsonColumns.longs(scopedTeams),
                scopedOrganizations == null ? null : JsonColumns.strings(scopedOrganizations),
                createdAt, lastUsedAt, lastRolledAt);
    }

    /** Never print the key's hash by accident; the mask is what identifies a key to its owner. */
    @Override
    public String toString() {
        return "PersonalApiKeyRow[id=" + id + ", userId=" + userId + ", label=" + label
                + ", secureValue=***, maskValue=" + maskValue + ", createdAt=" + createdAt + ", lastUsedAt="
                + lastUsedAt + ", lastRolledAt=" + lastRolledAt + "]";
    }
}
