package dev.burrow.application.apikey;

import dev.burrow.domain.apikey.PersonalApiKey;
import dev.burrow.domain.user.User;
import dev.burrow.domain.user.UserId;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where personal API keys are kept. Keys are found by their hash; the clear value is never stored. */
public interface PersonalApiKeyRepository {

    void add(PersonalApiKey key);

    /**
     * Adds the key unless its owner already has {@code limit} keys; whether it was added. Count and insert are
     * one atomic step, so concurrent creations cannot pass the limit together.
     */
    boolean addWithin(PersonalApiKey key, int limit);

    Optional<PersonalApiKey> findBySecureValue(String secureValue);

    /** The key with this id, if it belongs to {@code owner}. */
    Optional<PersonalApiKey> byId(UserId owner, String id);

    /** The user's keys, oldest first. */
    List<PersonalApiKey> ofUser(UserId userId);

    int countOf(UserId userId);

    /** Stores a key's new label, scopes and scoping. */
    void update(PersonalApiKey key);

    /** Deletes the key with this id if it belongs to {@code owner}; whether there was one. */
    boolean delete(UserId owner, String id);

    /**
     * The key with this secure value together with the user it belongs to (active or not), in one read: every
     * request that carries a key makes it.
     */
    Optional<KeyAndHolder> findWithHolder(String secureValue);

    /** A key and the user who holds it. */
    record KeyAndHolder(PersonalApiKey key, User holder) {
    }

    /** Stores a newer {@code last_used_at}; an older one than the stored value never overwrites it. */
    void recordUse(PersonalApiKey key);

    /** {@link #recordUse} for many keys at once, as one batch. */
    default void recordUses(Collection<PersonalApiKey> used) {
        used.forEach(this::recordUse);
    }
}
