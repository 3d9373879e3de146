package dev.burrow.jdbc.session;

import dev.burrow.application.session.SessionRepository;
import dev.burrow.domain.session.Session;
import dev.burrow.domain.user.UserId;
import dev.burrow.jdbc.database.Database;
import dev.burrow.jdbc.database.Violation;
import org.jdbi.v3.core.JdbiException;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/** Browser sessions in the {@code sessions} table, which every server instance shares. */
public final class JdbiSessions implements SessionRepository {

    /** The session and its user in one join, as the profile's statement finds its caller. */
    private static final SessionProfileCaller WITH_USER = new SessionProfileCaller();
    private static final String SESSION_AND_USER = "select " + WITH_USER.select() + " from " + WITH_USER.from();

    private final Database database;

    public JdbiSessions(Database database) {
        this.database = database;
        database.mapByHand(SessionRow.class, SessionRow.ROWS);
    }

    @Override
    public void add(Session session) {
        SessionRow row = SessionRow.of(session);
        try {
            // No savepoint: a refused insert ends the unit of work (nobody goes on after it), so a login's
            // transaction pays no SAVEPOINT and RELEASE round trips for an id that never collides.
            database.run(SessionQueries.class, queries -> queries.insert(row));
        } catch (JdbiException e) {
            if (Violation.FOREIGN_KEY.causedBy(e)) {
                throw new IllegalStateException("no user " + session.userId(), e);
            }
            if (Violation.UNIQUE.causedBy(e)) {
                throw new IllegalStateException("session already exists", e);
            }
            throw e;
        }
    }

    @Override
    public Optional<Session> byId(String id) {
        return database.call(SessionQueries.class, queries -> queries.byId(id)).map(SessionRow::toSession);
    }

    @Override
    public Optional<SessionAndUser> findWithUser(String id) {
        return database.scan(SESSION_AND_USER, query -> query.bind("credential", id),
                (rs, ctx) -> rs.next() ? Optional.of(WITH_USER.read(rs, ctx)) : Optional.empty());
    }

    @Override
    public void delete(String id) {
        database.run(SessionQueries.class, queries -> queries.delete(id));
    }

    @Override
    public int deleteAllOf(UserId userId, String keep) {
        return database.call(SessionQueries.class, queries -> keep == null
                ? queries.deleteAllOf(userId.value())
                : queries.deleteAllOfExcept(userId.value(), keep));
    }

    @Override
    public int deleteExpired(Instant now) {
        return database.call(SessionQueries.class, queries -> queries.deleteExpired(now));
    }

    @Override
    public List<Session> activeOf(UserId userId, Instant now) {
        return database.call(SessionQueries.class, queries -> queries.activeOf(userId.value(), now)).stream()
                .map(SessionRow::toSession).toList();
    }

    @Override
    public boolean recordActivity(String id, Session.Activity activity, Instant notAfter) {
        String address = activity.clientAddress();
        String kept = address == null || address.length() <= SessionRow.ADDRESS_LENGTH ? address
                : address.substring(0, SessionRow.ADDRESS_LENGTH);
        return database.call(SessionQueries.class, queries -> queries.recordActivity(id,
                activity.at().truncatedTo(ChronoUnit.MICROS), kept, activity.device(), notAfter)) > 0;
    }
}
