package dev.burrow.application.user;

import dev.burrow.application.actor.Actor;
import dev.burrow.domain.json.JsonDocument;

import java.util.function.Supplier;

/**
 * A user's hedgehog (the app's mascot) settings at {@code /api/users/{uuid}/hedgehog_config/}: any JSON, stored
 * as sent. {@code lookup} is {@code @me} or, for staff, a user's UUID.
 */
public interface HedgehogConfigUseCase {

    /** The stored settings, or {@code {}} when there are none (the web app always expects JSON). */
    JsonDocument get(Actor actor, String lookup);

    /**
     * Replaces the settings with {@code config} (null: JSON {@code null}) and answers what is now stored. The
     * body is read only once the caller may change this user.
     */
    JsonDocument replace(Actor actor, String lookup, Supplier<JsonDocument> config);
}
