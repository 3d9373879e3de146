package dev.burrow.application.auth;

import dev.burrow.application.actor.Actor;

import java.util.Optional;

/** Turns a presented personal API key into the {@link Actor} it stands for. */
public interface AuthenticateApiKeyUseCase {

    /** The actor, or empty when the key is unknown or belongs to an inactive user. */
    Optional<Actor> authenticate(String presentedKey);

    /**
     * As {@link #authenticate(String)}; {@code withProfile}: the actor carries the rest of the holder's profile,
     * read in the same round trip (for a request that answers with it).
     */
    default Optional<Actor> authenticate(String presentedKey, boolean withProfile) {
        return authenticate(presentedKey);
    }
}
