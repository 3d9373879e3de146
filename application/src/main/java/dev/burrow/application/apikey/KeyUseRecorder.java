package dev.burrow.application.apikey;

import dev.burrow.domain.apikey.PersonalApiKey;

/**
 * Where authentication reports that a key was used (its {@code last_used_at}, at most once an hour per key). An
 * implementation may write it later, in batches: the time of last use is shown to people, not relied upon.
 */
@FunctionalInterface
public interface KeyUseRecorder {

    void record(PersonalApiKey used);
}
