package dev.burrow.application.auth;

import dev.burrow.application.actor.Actor;
import dev.burrow.application.actor.Credential;
import dev.burrow.application.session.SessionRepository;
import dev.burrow.application.user.UserRepository;
import dev.burrow.domain.session.Devices;
import dev.burrow.domain.session.Session;
import dev.burrow.domain.user.User;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

final class AuthenticateSessionService implements AuthenticateSessionUseCase {

    private final SessionRepository sessions;
    private final UserRepository users;
    private final Clock clock;

    AuthenticateSessionService(SessionRepository sessions, UserRepository users, Clock clock) {
        this.sessions = sessions;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public Optional<AuthenticatedSession> authenticate(String sessionKey) {
        return authenticate(sessionKey, null);
    }

    @Override
    public Optional<AuthenticatedSession> authenticate(String sessionKey, Client client) {
        if (sessionKey == null || sessionKey.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<Session> found = sessions.byId(Session.idOf(sessionKey)).filter(s -> s.isActiveAt(now));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Session session = found.get();
        if (client != null && session.activityDueAt(now)) {
            sessions.recordActivity(session.id(), new Session.Activity(now, client.address(),
                    Devices.describe(client.userAgent())), now.minus(Session.ACTIVITY_INTERVAL));
        }
        return users.byId(session.userId()).filter(User::isActive).map(user -> new AuthenticatedSession(
                Actor.of(user, new Credential.Session(session.id(), session.authenticatedAt())),
                session.csrfSecret()));
    }
}
