package dev.burrow.application.fake;

import dev.burrow.application.apikey.PersonalApiKeyRepository;
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
    public boolean addWithin(PersonalApiKey key, int limit) {
        synchronized (store) {
            if (countOf(key.userId()) >= limit) {
                return false;
            }
            add(key);
            return true;
        }
    }

    @Override
    public Optional<KeyAndHolder> findWithHolder(String secureValue) {
        synchronized (store) {
            return findBySecureValue(secureValue).flatMap(key ->
                    Optional.ofNullable(store.users.get(key.userId().value())).map(user -> new KeyAndHolder(key, user)));
        }
    }

    @Override
    public Optional<PersonalApiKey> findBySecureValue(String secureValue) {
        synchronized (store) {
            return store.keys.values().stream().filter(k -> k.secureValue().equals(secureValue)).findFirst();
        }
    }

    @Override
    public Optional<PersonalApiKey> byId(UserId owner, String id) {
        synchronized (store) {
            return Optional.ofNullable(store.keys.get(id)).filter(k -> k.userId().equals(owner));
        }
    }

    @Override
    public List<PersonalApiKey> ofUser(UserId userId) {
        synchronized (store) {
            return store.keys.values().stream().filter(k -> k.userId().equals(userId)).toList();
        }
    }

    @Override
    public int countOf(UserId userId) {
        return ofUser(userId).size();
    }

    @Override
    public void update(PersonalApiKey key) {
        synchronized (store) {
            PersonalApiKey stored = store.keys.get(key.id());
            if (stored != null) {
                store.keys.put(key.id(), stored.withLabel(key.label()).withScopes(key.scopes())
                        .withScoping(key.scopedTeams(), key.scopedOrganizations()));
            }
        }
    }

    @Override
    public boolean delete(UserId owner, String id) {
        synchronized (store) {
            return byId(owner, id).map(key -> store.keys.remove(key.id()) != null).orElse(false);
        }
    }

    @Override
    public void recordUse(PersonalApiKey key) {
        synchronized (store) {
            PersonalApiKey stored = store.keys.get(key.id());
            if (stored != null && key.lastUsedAt() != null
                    && (stored.lastUsedAt() == null || stored.lastUsedAt().isBefore(key.lastUsedAt()))) {
                store.keys.put(key.id(), key);
            }
        }
    }
}
