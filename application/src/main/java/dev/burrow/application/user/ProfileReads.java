package dev.burrow.application.user;

import dev.burrow.application.actor.ProfileFacts;
import dev.burrow.domain.apikey.PersonalApiKey;
import dev.burrow.domain.session.Session;
import dev.burrow.domain.user.User;

import java.time.Instant;
import java.util.Optional;

/**
 * A caller and their whole profile, found by the credential they present, in as few reads as the storage can: one
 * statement over burrow's own tables ({@code GET @me} is then one round trip), the ports one after another where a
 * host brings its own directory of organizations ({@link ComposedProfileReads}). Nothing is cached: every call
 * reads what is stored now, so instances sharing a database never answer from each other's past.
 *
 * <p>Invites count when created after {@code invitesSince}; at most {@link #MAX_PENDING_INVITES} are returned.
 */
public interface ProfileReads {

    int MAX_PENDING_INVITES = UserProfiles.MAX_PENDING_INVITES;

    /** The key with this secure value, its holder (active or not) and the holder's profile. */
    Optional<KeyAndProfile> byKey(String secureValue, Instant invitesSince);

    /** The session with this id (whatever its state), its user (active or not) and the user's profile. */
    Optional<SessionAndProfile> bySession(String sessionId, Instant invitesSince);

    /** The profile of {@code user} as stored now. */
    ProfileFacts of(User user, Instant invitesSince);

    record KeyAndProfile(PersonalApiKey key, User holder, ProfileFacts profile) {
    }

    record SessionAndProfile(Session session, User user, ProfileFacts profile) {
    }
}
