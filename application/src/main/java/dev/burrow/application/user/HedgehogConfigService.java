package dev.burrow.application.user;

import dev.burrow.application.actor.Actor;
import dev.burrow.domain.json.JsonDocument;
import dev.burrow.domain.user.User;

import java.util.function.Supplier;

record HedgehogConfigService(UserLookup lookup, UserChanges changes) implements HedgehogConfigUseCase {

    /** PostHog answers {@code hedgehog_config or {}}: anything Python counts as false reads as an empty object. */
    @Override
    public JsonDocument get(Actor actor, String lookupText) {
        JsonDocument stored = lookup.resolve(actor, lookupText).preferences().hedgehogConfig();
        return stored != null && stored.truthy() ? stored : JsonDocument.EMPTY_OBJECT;
    }

    /** No validation and no merge: the whole value is replaced, as in PostHog. */
    @Override
    public JsonDocument replace(Actor actor, String lookupText, Supplier<JsonDocument> body) {
        User target = lookup.resolve(actor, lookupText);
        JsonDocument config = body.get();
        User saved = changes.saveAsRead(target,
                fresh -> fresh.withPreferences(fresh.preferences().toBuilder().hedgehogConfig(config).build()), null);
        return saved.preferences().hedgehogConfig();
    }
}
