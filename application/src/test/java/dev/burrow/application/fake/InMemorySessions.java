package dev.burrow.application.fake;

import dev.burrow.application.session.SessionRepository;
import dev.burrow.domain.session.Session;
import dev.burrow.domain.user.UserId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Browser sessions in memory. */
public final class InMemorySessions implements SessionRepository {

    private final InMemoryStore store;

    public InMemorySessions(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public void add(Session session) {
        synchronized (store) {
            if (store.sessions.containsKey(session.id())) {
                throw new IllegalStateException("session already exists");
            }
            store.sessions.put(session.id(), session);
        }
    }

    @Override
    public Optional<Session> byId(String id) {
        synchronized (store) {
            return Optional.ofNullable(store.sessions.get(id));
        }
    }

    @Override
    public Optional<SessionAndUser> findWithUser(String id) {
        synchronized (store) {
            return byId(id).flatMap(session -> Optional.ofNullable(store.users.get(session.userId().value()))
                    .map(user -> new SessionAndUser(session, user)));
        }
    }

    @Override
    public void delete(String id) {
        synchronized (store) {
            store.sessions.remove(id);
            store.twoFactorSetups.remove(id);
        }
    }

    @Override
    public int deleteAllOf(UserId userId, String keep) {
        synchronized (store) {
            var ending = store.sessions.values().stream()
                    .filter(s -> s.userId().equals(userId) && !s.id().equals(keep)).map(Session::id).toList();
            ending.forEach(this::delete);
            return ending.size();
        }
    }

    @Override
    public int deleteExpired(Instant now) {
        synchronized (store) {
            var expired = store.sessions.values().stream()
                    .filter(s -> !now.isBefore(s.expiresAt())).map(Session::id).toList();
            expired.forEach(this::delete);
            return expired.size();
        }
    }

    @Override
    public List<Session> activeOf(UserId userId, Instant now) {
        synchronized (store) {
            return store.sessions.values().stream().filter(s -> s.userId().equals(userId) && s.isActiveAt(now))
                    .toList();
        }
    }

    @Override
    public boolean recordActivity(String id, Session.Activity activity, Instant notAfter) {
        synchronized (store) {
            Session s = store.sessions.get(id);
            if (s == null || s.activity().at() != null && s.activity().at().isAfter(notAfter)) {
                return false;
            }
            store.sessions.put(id, Session.restore(s.id(), s.userId(), s.state(), s.createdAt(),
                    s.authenticatedAt(), s.expiresAt(), s.csrfSecret(), s.storedPublicId(),
                    new Session.Activity(activity.at().truncatedTo(java.time.temporal.ChronoUnit.MICROS),
                            activity.clientAddress(), activity.device()), s.loginMethod(), s.reauthenticates()));
            return true;
        }
    }
}
