package dev.burrow.application.user;

import dev.burrow.application.actor.Actor;

import java.util.Map;
import java.util.function.Supplier;

/**
 * Pins a dashboard to a scene of the app for a user, in the user's current project:
 * {@code POST /api/users/{uuid}/scene_personalisation/}.
 */
public interface ScenePersonalisationUseCase {

    /**
     * Reads {@code scene} and {@code dashboard} from {@code body} (plain Java, as JSON decodes), replaces the
     * user's choice for that scene in their current project, and answers the whole user. The body is read only
     * once the caller may change this user. {@code currentPasswordSent}: the request carried a
     * {@code current_password}, which PostHog counts against the user's five password checks a minute whatever the
     * action.
     */
    UserProfile personalise(Actor actor, String lookup, boolean currentPasswordSent, Supplier<Map<String, ?>> body);
}
