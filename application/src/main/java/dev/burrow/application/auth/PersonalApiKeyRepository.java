package dev.burrow.application.auth;

import dev.burrow.domain.apikey.PersonalApiKey;
import dev.burrow.domain.user.UserId;

import java.util.List;
import java.util.Optional;

/** Where personal API keys are kept. Keys are found by their hash; the clear value is never stored. */
public interface PersonalApiKeyRepository {

    void add(PersonalApiKey key);

    Optional<PersonalApiKey> findBySecureValue(String secureValue);

    /** The user's keys, oldest first. */
    List<PersonalApiKey> ofUser(UserId userId);

    /** Stores a newer {@code last_used_at}; an older one than the stored value never overwrites it. */
    void recordUse(PersonalApiKey key);
}
