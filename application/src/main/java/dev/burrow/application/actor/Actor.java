package dev.burrow.application.actor;

import dev.burrow.domain.user.User;
import dev.burrow.domain.user.UserId;

import java.util.Objects;

/**
 * Who is calling a use case: a user, whether they are staff, and how they authenticated. {@code user} is the caller
 * as authentication read them for this request, when it did (null otherwise), so that {@code @me} need not be read
 * again. {@code profile} is the rest of that user's profile, when authentication read it too (for a read: see
 * {@link ProfileFacts}); null otherwise.
 */
public record Actor(UserId userId, boolean staff, Credential credential, User user, ProfileFacts profile) {

    public Actor {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(credential, "credential");
        if (user != null && !user.id().equals(userId)) {
            throw new IllegalArgumentException("the actor's user is " + userId + ", not " + user.id());
        }
    }

    public Actor(UserId userId, boolean staff, Credential credential) {
        this(userId, staff, credential, null, null);
    }

    public Actor(UserId userId, boolean staff, Credential credential, User user) {
        this(userId, staff, credential, user, null);
    }

    /** The actor of a request that authenticated {@code user}. */
    public static Actor of(User user, Credential credential) {
        return new Actor(user.id(), user.isStaff(), credential, user, null);
    }

    /** The actor of a request that authenticated {@code user} and read the rest of their {@code profile}. */
    public static Actor of(User user, Credential credential, ProfileFacts profile) {
        return new Actor(user.id(), user.isStaff(), credential, user, profile);
    }

    public boolean isTokenAuthenticated() {
        return credential instanceof Credential.PersonalApiKey;
    }
}
