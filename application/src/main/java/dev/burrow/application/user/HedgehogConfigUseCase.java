package dev.burrow.application.user;

import dev.burrow.application.actor.Actor;
import dev.burrow.domain.json.JsonDocument;

/**
 * A user's hedgehog (the app's mascot) settings at {@code /api/users/{uuid}/hedgehog_config/}: any JSON, stored
 * as sent. {@code lookup} is {@code @me} or, for staff, a user's UUID.
 */
public interface HedgehogConfigUseCase {

    /** The stored settings, or {@code {}} when there are none (the web app always expects JSON). */
    JsonDocument get(Actor actor, String lookup);

    /** Replaces the settings with {@code config} (null: JSON {@code null}) and answers what is now stored. */
    JsonDocument replace(Actor actor, String lookup, JsonDocument config);
}
