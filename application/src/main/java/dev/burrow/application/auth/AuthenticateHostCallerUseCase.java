package dev.burrow.application.auth;

import dev.burrow.application.actor.Actor;

import java.util.Optional;
import java.util.UUID;

/**
 * The caller a host system vouches for, when burrow is embedded in it: the host has authenticated the request its
 * own way (its sessions, its tokens) and names the burrow user it comes from.
 */
public interface AuthenticateHostCallerUseCase {

    /** The active user with this UUID, acting with the host's credential; empty when there is no such user. */
    Optional<Actor> authenticate(UUID user);
}
