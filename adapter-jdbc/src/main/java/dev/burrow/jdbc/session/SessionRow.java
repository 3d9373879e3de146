package dev.burrow.jdbc.session;

import dev.burrow.domain.session.CsrfSecret;
import dev.burrow.domain.session.Session;
import dev.burrow.domain.user.UserId;
import dev.burrow.jdbc.database.RowReader;
import dev.burrow.jdbc.database.RowsByHand;

import java.sql.SQLException;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** One row of {@code sessions}; the state is its lower-case name. */
record SessionRow(String id, long userId, String state, Instant createdAt, Instant authenticatedAt,
                  Instant expiresAt, String csrfSecret,
                  String publicId, Instant lastActivityAt, String clientAddress, String device, String loginMethod,
                  String reauthenticates) {

    /** Longer addresses (anyone may send a forwarded-for header) are cut to the column. */
    static final int ADDRESS_LENGTH = 255;

    /** Reads the row from its {@code id} column on, in {@link SessionQueries#COLUMNS}' order. */
    static final RowsByHand<SessionRow> ROWS = new RowsByHand<>("id", SessionRow::read);

    /** The row's columns from where {@code row} stands, in {@link SessionQueries#COLUMNS}' order. */
    static SessionRow read(RowReader row) throws SQLException {
        return new SessionRow(row.text(), row.longValue(), row.text(), row.instant(), row.instant(), row.instant(),
                row.text(), row.text(), row.instant(), row.text(), row.text(), row.text(), row.text());
    }

    static SessionRow of(Session session) {
        Session.Activity activity = session.activity();
        String address = activity.clientAddress();
        return new SessionRow(session.id(), session.userId().value(), session.state().name().toLowerCase(Locale.ROOT),
                session.createdAt(), session.authenticatedAt(), session.expiresAt(), session.csrfSecret().value(),
                session.storedPublicId() == null ? null : session.storedPublicId().toString(), activity.at(),
                address == null || address.length() <= ADDRESS_LENGTH ? address : address.substring(0, ADDRESS_LENGTH),
                activity.device(), session.loginMethod(), session.reauthenticates());
    }

    Session toSession() {
        return Session.restore(id, new UserId(userId), Session.State.valueOf(state.toUpperCase(Locale.ROOT)),
                createdAt, authenticatedAt, expiresAt, new CsrfSecret(csrfSecret),
                publicId == null ? null : UUID.fromString(publicId),
                new Session.Activity(lastActivityAt, clientAddress, device), loginMethod, reauthenticates);
    }

    /** Never print the CSRF secret, the hash of the session's key, nor where it was used from, by accident. */
    @Override
    public String toString() {
        return "SessionRow[id=***, userId=" + userId + ", state=" + state + ", createdAt=" + createdAt
                + ", authenticatedAt=" + authenticatedAt + ", expiresAt=" + expiresAt + ", csrfSecret=***"
                + ", publicId=" + publicId + ", lastActivityAt=" + lastActivityAt + ", clientAddress=***"
                + ", device=" + device + ", loginMethod=" + loginMethod + ", reauthenticates=***]";
    }
}
