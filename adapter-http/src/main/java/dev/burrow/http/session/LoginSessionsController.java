package dev.burrow.http.session;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.burrow.application.session.LoginSessionsUseCase;
import dev.burrow.http.auth.Authenticator;
import dev.burrow.http.json.Json;
import dev.burrow.http.json.PostHogTime;
import io.javalin.http.Context;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * PostHog's login-session actions of the users viewset. As in PostHog, the user in the path is not looked at: the
 * list is always the caller's own.
 */
public final class LoginSessionsController {

    private final LoginSessionsUseCase loginSessions;

    public LoginSessionsController(LoginSessionsUseCase loginSessions) {
        this.loginSessions = loginSessions;
    }

    public void list(Context ctx) {
        List<Item> items = loginSessions.list(Authenticator.actor(ctx)).stream().map(Item::of).toList();
        Json.respond(ctx, items);
    }

    public void revoke(Context ctx) {
        loginSessions.revoke(Authenticator.actor(ctx), ctx.pathParam("session_id"));
        ctx.status(204);
    }

    public void revokeOthers(Context ctx) {
        Json.respond(ctx, new Revoked(loginSessions.revokeOthers(Authenticator.actor(ctx))));
    }

    /** PostHog's {@code UserAuthSessionSerializer}, in its order. */
    @JsonPropertyOrder({"id", "created_at", "last_activity", "location", "device", "login_method", "is_current"})
    record Item(@JsonProperty("id") String id, @JsonProperty("created_at") String createdAt,
                @JsonProperty("last_activity") String lastActivity, @JsonProperty("location") String location,
                @JsonProperty("device") String device, @JsonProperty("login_method") String loginMethod,
                @JsonProperty("is_current") boolean isCurrent) {

        static Item of(LoginSessionsUseCase.LoginSession session) {
            return new Item(session.id().toString(), isoformat(session.createdAt()),
                    PostHogTime.format(session.lastActivity()), session.location(), session.device(),
                    session.loginMethod(), session.current());
        }
    }

    @JsonPropertyOrder({"revoked_count"})
    record Revoked(@JsonProperty("revoked_count") int revokedCount) {
    }

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss",
            Locale.ROOT);

    /**
     * {@code created_at} is Python's {@code datetime.fromtimestamp(v, tz=UTC).isoformat()} in PostHog, not DRF's
     * format: {@code +00:00}, and microseconds only when there are any.
     */
    static String isoformat(Instant at) {
        if (at == null) {
            return null;
        }
        LocalDateTime time = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        int micros = time.getNano() / 1000;
        return SECONDS.format(time) + (micros == 0 ? "" : String.format(Locale.ROOT, ".%06d", micros)) + "+00:00";
    }
}
