package dev.burrow.application.session;

import dev.burrow.domain.session.Session;
import dev.burrow.domain.user.User;
import dev.burrow.domain.user.UserId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where browser sessions are kept, shared by every server instance so any of them can serve any request. Sessions
 * are found by id: the hash of the key in the cookie.
 */
public interface SessionRepository {

    void add(Session session);

    Optional<Session> byId(String id);

    /**
     * The session with this id (whatever its state) together with its user (active or not), in one read: every
     * request that carries a session cookie makes it.
     */
    Optional<SessionAndUser> findWithUser(String id);

    /** A session and the user it is of. */
    record SessionAndUser(Session session, User user) {
    }

    void delete(String id);

    /** Ends every session of the user except {@code keep} (null: every session); how many ended. */
    int deleteAllOf(UserId userId, String keep);

    /** Forgets sessions that expired before {@code now}; how many. */
    int deleteExpired(Instant now);

    // Login sessions (the user's list of where they are logged in).

    /** The user's logins (not second-factor steps) that are still good at {@code now}, in no particular order. */
    List<Session> activeOf(UserId userId, Instant now);

    /**
     * Writes the session's last activity, unless any instance wrote one after {@code notAfter} (or the session is
     * gone): one conditional write, so that sessions are written at most once per interval across the fleet.
     * Whether it wrote.
     */
    boolean recordActivity(String id, Session.Activity activity, Instant notAfter);
}
