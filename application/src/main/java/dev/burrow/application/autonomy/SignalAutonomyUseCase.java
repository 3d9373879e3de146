package dev.burrow.application.autonomy;

import dev.burrow.application.actor.Actor;
import dev.burrow.application.user.FieldValue;
import dev.burrow.domain.autonomy.AutonomyPriority;
import dev.burrow.domain.autonomy.SignalAutonomy;
import dev.burrow.domain.user.User;

import java.util.function.Supplier;

/**
 * A user's signal autonomy settings at {@code /api/users/{id}/signal_autonomy/}: {@code id} is {@code @me}, the
 * user's integer id or their UUID; other users' settings are for staff only.
 */
public interface SignalAutonomyUseCase {

    /** The settings, or 404 when the user has none. */
    AutonomyView get(Actor actor, String id);

    /**
     * Creates or updates the settings with {@code autostartPriority} when it was sent (only touching them when it
     * was not), read only once the caller may change these settings: a refused caller learns nothing about what
     * they sent.
     */
    AutonomyView save(Actor actor, String id, Supplier<FieldValue<AutonomyPriority>> autostartPriority);

    /** Forgets the settings; fine when there were none. */
    void delete(Actor actor, String id);

    /** The settings with the user they belong to, as the response shows both. */
    record AutonomyView(SignalAutonomy autonomy, User user) {
    }
}
