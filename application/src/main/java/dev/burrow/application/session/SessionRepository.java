package dev.burrow.application.session;

import dev.burrow.domain.session.Session;
import dev.burrow.domain.user.UserId;

import java.time.Instant;
import java.util.Optional;

/**
 * Where browser sessions are kept, shared by every server instance so any of them can serve any request. Sessions
 * are found by id: the hash of the key in the cookie.
 */
public interface SessionRepository {

    void add(Session session);

    Optional<Session> byId(String id);

    void delete(String id);

    /** Ends every session of the user except {@code keep} (null: every session); how many ended. */
    int deleteAllOf(UserId userId, String keep);

    /** Forgets sessions that expired before {@code now}; how many. */
    int deleteExpired(Instant now);
}
