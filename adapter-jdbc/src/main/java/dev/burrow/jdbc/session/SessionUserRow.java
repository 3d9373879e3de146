package dev.burrow.jdbc.session;

import dev.burrow.jdbc.user.UserRow;
import org.jdbi.v3.core.mapper.Nested;

/** A session and its user, read from one join: the session's columns carry a {@code session_} prefix. */
record SessionUserRow(@Nested("session_") SessionRow session, @Nested UserRow user) {
}
