package dev.burrow.application.user;

import dev.burrow.application.actor.Actor;

import java.util.Map;

/**
 * Pins a dashboard to a scene of the app for a user, in the user's current project:
 * {@code POST /api/users/{uuid}/scene_personalisation/}.
 */
public interface ScenePersonalisationUseCase {

    /**
     * Reads {@code scene} and {@code dashboard} from {@code body} (plain Java, as JSON decodes), replaces the
     * user's choice for that scene in their current project, and answers the whole user.
     */
    UserProfile personalise(Actor actor, String lookup, Map<String, ?> body);
}
