package dev.burrow.application.auth;

import dev.burrow.application.actor.Actor;
import dev.burrow.application.actor.Credential;
import dev.burrow.application.actor.ProfileFacts;
import dev.burrow.application.session.SessionRepository;
import dev.burrow.application.user.ProfileReads;
import dev.burrow.domain.session.Devices;
import dev.burrow.domain.organization.Invite;
import dev.burrow.domain.session.Session;
import dev.burrow.domain.user.User;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

final class AuthenticateSessionService implements AuthenticateSessionUseCase {

    private final SessionRepository sessions;
    private final ProfileReads profiles;
    private final Clock clock;

    AuthenticateSessionService(SessionRepository sessions, ProfileReads profiles, Clock clock) {
        this.sessions = sessions;
        this.profiles = profiles;
        this.clock = clock;
    }

    @Override
    public Optional<AuthenticatedSession> authenticate(String sessionKey) {
        return authenticate(sessionKey, null, false);
    }

    /**
     * With the profile, one read finds the session, its user and the rest of what {@code @me} shows; with a client,
     * the session's activity is noted when it is due.
     */
    @Override
    public Optional<AuthenticatedSession> authenticate(String sessionKey, Client client, boolean withProfile) {
        if (sessionKey == null || sessionKey.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (withProfile && profiles != null) {
            return profiles.bySession(Session.idOf(sessionKey), now.minus(Invite.VALIDITY))
                    .filter(found -> found.session().isActiveAt(now) && found.user().isActive())
                    .map(found -> {
                        noteActivity(found.session(), client, now);
                        return authenticated(found.session(), found.user(), found.profile());
                    });
        }
        // The session and its user in one read: a session's write (PATCH, logout) starts with one round trip.
        Optional<SessionRepository.SessionAndUser> found = sessions.findWithUser(Session.idOf(sessionKey))
                .filter(it -> it.session().isActiveAt(now));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Session session = found.get().session();
        noteActivity(session, client, now);
        return Optional.of(found.get().user()).filter(User::isActive).map(user -> authenticated(session, user, null));
    }

    private void noteActivity(Session session, Client client, Instant now) {
        if (client != null && session.activityDueAt(now)) {
            sessions.recordActivity(session.id(), new Session.Activity(now, client.address(),
                    Devices.describe(client.userAgent())), now.minus(Session.ACTIVITY_INTERVAL));
        }
    }

    private static AuthenticatedSession authenticated(Session session, User user, ProfileFacts profile) {
        return new AuthenticatedSession(Actor.of(user, new Credential.Session(session.id(),
                session.authenticatedAt()), profile), session.csrfSecret());
    }
}
