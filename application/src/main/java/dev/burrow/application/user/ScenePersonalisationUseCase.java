package dev.burrow.application.user;

import dev.burrow.application.actor.Actor;
import dev.burrow.domain.dashboard.DashboardId;

import java.util.function.Supplier;

/**
 * Pins a dashboard to a scene of the app for a user, in the user's current project:
 * {@code POST /api/users/{uuid}/scene_personalisation/}.
 */
public interface ScenePersonalisationUseCase {

    /** Replaces the user's choice for that scene in their current project, and answers the whole user. */
    UserProfile personalise(PersonaliseSceneCommand command);

    /**
     * {@code lookup} is {@code @me} or a UUID; {@code choice} is read only once the caller may change this user,
     * so a refused caller learns nothing about what they sent. {@code currentPasswordSent}: the request carried a
     * {@code current_password}, which PostHog counts against the user's five password checks a minute whatever the
     * action.
     */
    record PersonaliseSceneCommand(Actor actor, String lookup, boolean currentPasswordSent,
                                   Supplier<SceneChoice> choice) {
    }

    /** The scene (its name as sent, before the text rules) and the dashboard to pin to it. */
    record SceneChoice(FieldValue<String> scene, FieldValue<DashboardKey> dashboard) {
    }

    /**
     * A dashboard's primary key: as it was sent ({@code sent}, for the error that names it) and the id it reads as,
     * or null when no dashboard can have it (zero, negative, too large).
     */
    record DashboardKey(String sent, DashboardId id) {
    }
}
