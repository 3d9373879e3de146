package dev.burrow.application.session;

import dev.burrow.application.actor.Actor;
import dev.burrow.application.actor.Credential;
import dev.burrow.application.throttle.SensitiveActions;
import dev.burrow.domain.failure.NotFoundException;
import dev.burrow.domain.failure.PermissionDeniedException;
import dev.burrow.domain.session.Session;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

final class LoginSessionsService implements LoginSessionsUseCase {

    private static final String NOT_FOUND = "Login session not found.";

    private final SessionRepository sessions;
    private final Clock clock;
    private final Geolocation geolocation;

    LoginSessionsService(SessionRepository sessions, Clock clock, Geolocation geolocation) {
        this.sessions = sessions;
        this.clock = clock;
        this.geolocation = geolocation;
    }

    @Override
    public List<LoginSession> list(Actor actor) {
        String current = currentOf(actor);
        Comparator<LoginSession> order = Comparator.comparing((LoginSession s) -> !s.current())
                .thenComparing(LoginSession::lastActivity, Comparator.nullsLast(Comparator.reverseOrder()));
        return sessions.activeOf(actor.userId(), clock.instant()).stream()
                .map(session -> shown(session, session.id().equals(current))).sorted(order).toList();
    }

    @Override
    public void revoke(Actor actor, String id) {
        currentOf(actor);
        Instant now = clock.instant();
        SensitiveActions.requireRecent(actor, now);
        Session found = sessions.activeOf(actor.userId(), now).stream()
                .filter(session -> session.publicId().toString().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException(NOT_FOUND));
        sessions.delete(found.id());
    }

    @Override
    public int revokeOthers(Actor actor) {
        String current = currentOf(actor);
        SensitiveActions.requireRecent(actor, clock.instant());
        return sessions.deleteAllOf(actor.userId(), current);
    }

    /** The caller's own session id; null for a host's caller. Keys do not reach login sessions, as in PostHog. */
    private static String currentOf(Actor actor) {
        if (actor.credential() instanceof Credential.PersonalApiKey) {
            throw new PermissionDeniedException("This action does not support personal API key access");
        }
        return actor.credential() instanceof Credential.Session session ? session.sessionId() : null;
    }

    private LoginSession shown(Session session, boolean current) {
        return new LoginSession(session.publicId(), session.createdAt(), session.activity().at(),
                locationOf(session.activity().clientAddress()),
                session.activity().device(), session.loginMethod(), current);
    }

    /** Where the session was last used from; a database that fails to answer leaves it null, never fails the list. */
    private String locationOf(String address) {
        if (address == null) {
            return null;
        }
        try {
            return geolocation.locate(address).orElse(null);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
