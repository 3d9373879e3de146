package dev.burrow.application.fake;

import dev.burrow.application.auth.PersonalApiKeyRepository;
import dev.burrow.domain.apikey.PersonalApiKey;
import dev.burrow.domain.user.UserId;

import java.util.List;
import java.util.Optional;

/** Personal API keys in memory. */
public final class InMemoryPersonalApiKeyRepository implements PersonalApiKeyRepository {

    private final InMemoryStore store;

    public InMemoryPersonalApiKeyRepository(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public void add(PersonalApiKey key) {
        synchronized (store) {
            if (!store.users.containsKey(key.userId().value())) {
                throw new IllegalStateException("no user " + key.userId());
            }
            if (store.keys.containsKey(key.id()) || findBySecureValue(key.secureValue()).isPresent()) {
                throw new IllegalStateException("key " + key.id() + " already exists");
            }
            store.keys.put(key.id(), key);
        }
    }

    @Override
    public Optional<PersonalApiKey> findBySecureValue(String secureValue) {
        synchronized (store) {
            return store.keys.values().stream().filter(k -> k.secureValue().equals(secureValue)).findFirst();
        }
    }

    @Override
    public List<PersonalApiKey> ofUser(UserId userId) {
        synchronized (store) {
            return store.keys.values().stream().filter(k -> k.userId().equals(userId)).toList();
        }
    }

    @Override
    public void recordUse(PersonalApiKey key) {
        synchronized (store) {
            PersonalApiKey stored = store.keys.get(key.id());
            if (stored != null && (stored.lastUsedAt() == null || stored.lastUsedAt().isBefore(key.lastUsedAt()))) {
                store.keys.put(key.id(), key);
            }
        }
    }
}
