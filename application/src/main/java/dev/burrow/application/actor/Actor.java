package dev.burrow.application.actor;

import dev.burrow.domain.user.UserId;

import java.util.Objects;

/** Who is calling a use case: a user, whether they are staff, and how they authenticated. */
public record Actor(UserId userId, boolean staff, Credential credential) {

    public Actor {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(credential, "credential");
    }

    public boolean isTokenAuthenticated() {
        return credential instanceof Credential.PersonalApiKey;
    }
}
