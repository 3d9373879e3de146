package dev.burrow.application.apikey;

import dev.burrow.application.actor.Actor;
import dev.burrow.domain.apikey.PersonalApiKey;

import java.util.List;
import java.util.Optional;

/**
 * A user managing their own personal API keys, as PostHog's {@code /api/personal_api_keys/} does. Creating,
 * changing and deleting keys is a sensitive action for browser sessions.
 */
public interface PersonalApiKeyUseCase {

    /** The caller's keys, newest first. */
    List<PersonalApiKey> list(Actor actor);

    PersonalApiKey.Issued create(Actor actor, NewKey key);

    /** One of the caller's keys; {@code @current} is the key the request authenticated with. */
    PersonalApiKey get(Actor actor, String id);

    PersonalApiKey update(Actor actor, String id, KeyChanges changes);

    void delete(Actor actor, String id);

    /** {@code scopedTeams} and {@code scopedOrganizations} are null when not given. */
    record NewKey(String label, List<String> scopes, List<Long> scopedTeams, List<String> scopedOrganizations) {
    }

    /** What to change; an empty field is left as it is. */
    record KeyChanges(Optional<String> label, Optional<List<String>> scopes, Optional<List<Long>> scopedTeams,
                      Optional<List<String>> scopedOrganizations) {
    }
}
