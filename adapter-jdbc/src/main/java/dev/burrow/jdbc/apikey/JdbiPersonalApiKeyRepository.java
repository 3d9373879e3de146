package dev.burrow.jdbc.apikey;

import dev.burrow.application.apikey.PersonalApiKeyRepository;
import dev.burrow.domain.apikey.PersonalApiKey;
import dev.burrow.domain.user.UserId;
import dev.burrow.jdbc.database.Database;
import dev.burrow.jdbc.database.Violation;
import org.jdbi.v3.core.JdbiException;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Personal API keys in the {@code personal_api_keys} table. */
public final class JdbiPersonalApiKeyRepository implements PersonalApiKeyRepository {

    private final Database database;

    public JdbiPersonalApiKeyRepository(Database database) {
        this.database = database;
        database.mapByHand(PersonalApiKeyRow.class, PersonalApiKeyRow.ROWS);
    }

    @Override
    public void add(PersonalApiKey key) {
        PersonalApiKeyRow row = PersonalApiKeyRow.of(key);
        try {
            database.attemptRun(PersonalApiKeyQueries.class, queries -> queries.insert(row));
        } catch (JdbiException e) {
            if (Violation.FOREIGN_KEY.causedBy(e)) {
                throw new IllegalStateException("no user " + key.userId(), e);
            }
            if (Violation.UNIQUE.causedBy(e)) {
                throw new IllegalStateException("key " + key.id() + " already exists", e);
            }
            throw e;
        }
    }

    @Override
    public boolean addWithin(PersonalApiKey key, int limit) {
        long owner = key.userId().value();
        return database.inTransaction(() -> {
            // Without the lock, additions at once would each count the keys before the others' and all pass the
            // limit together. Each waits for the one before it to commit, then counts its key. It also keeps the
            // owner from going away before the key is in.
            if (database.call(PersonalApiKeyQueries.class, queries -> queries.lockOwner(owner)).isEmpty()) {
                throw new IllegalStateException("no user " + key.userId());
            }
            if (database.call(PersonalApiKeyQueries.class, queries -> queries.countOf(owner)) >= limit) {
                return false;
            }
            add(key);
            return true;
        });
    }

    @Override
    public Optional<KeyAndHolder> findWithHolder(String secureValue) {
        return database.first(PersonalApiKeyQueries.WITH_HOLDER, KeyHolderRow.ROWS,
                query -> query.bind("secureValue", secureValue)).map(KeyHolderRow::toKeyAndHolder);
    }

    @Override
    public Optional<PersonalApiKey> findBySecureValue(String secureValue) {
        return database.first(PersonalApiKeyQueries.BY_SECURE_VALUE, PersonalApiKeyRow.ROWS,
                        query -> query.bind("secureValue", secureValue))
                .map(PersonalApiKeyRow::toKey);
    }

    @Override
    public Optional<PersonalApiKey> byId(UserId owner, String id) {
        return database.call(PersonalApiKeyQueries.class, queries -> queries.byId(owner.value(), id))
                .map(PersonalApiKeyRow::toKey);
    }

    @Override
    public List<PersonalApiKey> ofUser(UserId userId) {
        return database.call(PersonalApiKeyQueries.class, queries -> queries.ofUser(userId.value()))
                .stream().map(PersonalApiKeyRow::toKey).toList();
    }

    @Override
    public int countOf(UserId userId) {
        return database.call(PersonalApiKeyQueries.class, queries -> queries.countOf(userId.value()));
    }

    @Override
    public void update(PersonalApiKey key) {
        PersonalApiKeyRow row = PersonalApiKeyRow.of(key);
        database.run(PersonalApiKeyQueries.class, queries -> queries.update(row.id(), row.label(), row.scopes(),
                row.scopedTeams(), row.scopedOrganizations()));
    }

    @Override
    public boolean delete(UserId owner, String id) {
        return database.call(PersonalApiKeyQueries.class, queries -> queries.delete(owner.value(), id)) > 0;
    }

    @Override
    public void recordUse(PersonalApiKey key) {
        if (key.lastUsedAt() == null) {
            return;
        }
        database.execute(PersonalApiKeyQueries.RECORD_USE,
                update -> update.bind("id", key.id()).bind("usedAt", key.lastUsedAt()));
    }

    @Override
    public void recordUses(Collection<PersonalApiKey> used) {
        database.executeBatch(PersonalApiKeyQueries.RECORD_USE, used,
                (batch, key) -> batch.bind("id", key.id()).bind("usedAt", key.lastUsedAt()));
    }
}
