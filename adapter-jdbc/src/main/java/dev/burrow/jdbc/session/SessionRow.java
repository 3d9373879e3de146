package dev.burrow.jdbc.session;

import dev.burrow.domain.session.CsrfSecret;
import dev.burrow.domain.session.Session;
import dev.burrow.domain.user.UserId;

import java.time.Instant;
import java.util.Locale;

/** One row of {@code sessions}; the state is its lower-case name. */
record SessionRow(String id, long userId, String state, Instant createdAt, Instant authenticatedAt,
                  Instant expiresAt, String csrfSecret) {

    static SessionRow of(Session session) {
        return new SessionRow(session.id(), session.userId().value(), session.state().name().toLowerCase(Locale.ROOT),
                session.createdAt(), session.authenticatedAt(), session.expiresAt(), session.csrfSecret().value());
    }

    Session toSession() {
        return Session.restore(id, new UserId(userId), Session.State.valueOf(state.toUpperCase(Locale.ROOT)),
                createdAt, authenticatedAt, expiresAt, new CsrfSecret(csrfSecret));
    }

    /** Never print the CSRF secret, nor the hash of the session's key, by accident. */
    @Override
    public String toString() {
        return "SessionRow[id=***, userId=" + userId + ", state=" + state + ", createdAt=" + createdAt
                + ", authenticatedAt=" + authenticatedAt + ", expiresAt=" + expiresAt + ", csrfSecret=***]";
    }
}
