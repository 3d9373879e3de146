package dev.burrow.examples;

import dev.burrow.http.auth.HostAuthentication;
import io.javalin.http.Context;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The host's own sessions (a cookie it sets at its own login), turned into burrow's caller through the {@link
 * HostAuthentication} port: the host says which burrow user the session belongs to.
 */
public final class HostSessions implements HostAuthentication {

    public static final String COOKIE = "host_session";

    private final Map<String, UUID> sessions = new ConcurrentHashMap<>();

    /** Remembers that {@code token} is a session of the burrow user {@code user}. */
    public void open(String token, UUID user) {
        sessions.put(token, user);
    }

    @Override
    public Optional<UUID> caller(Context ctx) {
        String token = ctx.cookie(COOKIE);
        return token == null ? Optional.empty() : Optional.ofNullable(sessions.get(token));
    }
}
