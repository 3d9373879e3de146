package dev.burrow.domain.session;

import dev.burrow.domain.secret.SecretTokens;
import dev.burrow.domain.user.UserId;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * A browser session. The cookie carries a random key; only its SHA-256 is kept (the session's {@link #id()}), so
 * a copy of the table opens no session. A session waiting for the second factor authenticates nothing: it only
 * lets {@code /api/login/token/} finish the login within ten minutes.
 */
public final class Session {

    /** How long a login lasts. */
    public static final Duration LIFETIME = Duration.ofDays(14);
    /** How long the second step of a two-factor login may take. */
    public static final Duration SECOND_FACTOR_WINDOW = Duration.ofMinutes(10);
    /** How long after authenticating a session may do sensitive things (PostHog's SESSION_SENSITIVE_ACTIONS_AGE). */
    public static final Duration SENSITIVE_ACTIONS_AGE = Duration.ofHours(2);
    /** How fresh a login must be to change the email address (PostHog's SESSION_FRESH_REAUTH_AGE). */
    public static final Duration FRESH_REAUTH_AGE = Duration.ofMinutes(5);

    private static final int KEY_BYTES = 32;

    /** Whether the session is a login or only the first half of one. */
    public enum State {
        ACTIVE,
        AWAITING_SECOND_FACTOR
    }

    private final String id;
    private final UserId userId;
    private final State state;
    private final Instant createdAt;
    private final Instant authenticatedAt;
    private final Instant expiresAt;
    private final CsrfSecret csrfSecret;

    private Session(String id, UserId userId, State state, Instant createdAt, Instant authenticatedAt,
                    Instant expiresAt, CsrfSecret csrfSecret) {
        this.id = Objects.requireNonNull(id, "id");
        this.userId = Objects.requireNonNull(userId, "userId");
        this.state = Objects.requireNonNull(state, "state");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.authenticatedAt = Objects.requireNonNull(authenticatedAt, "authenticatedAt");
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
        this.csrfSecret = Objects.requireNonNull(csrfSecret, "csrfSecret");
    }

    /** A new session and the key its cookie carries, which is never stored. */
    public record Opened(Session session, String key) {

        @Override
        public String toString() {
            return "Opened[" + session + "]";
        }
    }

    /** A login: the user proved who they are at {@code now}. */
    public static Opened open(UserId userId, Instant now, RandomGenerator random) {
        return create(userId, State.ACTIVE, now, LIFETIME, random);
    }

    /** The first half of a two-factor login: the password was right, the code is still to come. */
    public static Opened awaitSecondFactor(UserId userId, Instant now, RandomGenerator random) {
        return create(userId, State.AWAITING_SECOND_FACTOR, now, SECOND_FACTOR_WINDOW, random);
    }

    private static Opened create(UserId userId, State state, Instant now, Duration lifetime, RandomGenerator random) {
        String key = SecretTokens.alphanumeric(random, KEY_BYTES);
        Instant at = now.truncatedTo(ChronoUnit.MICROS);
        return new Opened(new Session(idOf(key), userId, state, at, at, at.plus(lifetime),
                CsrfSecret.generate(random)), key);
    }

    public static Session restore(String id, UserId userId, State state, Instant createdAt, Instant authenticatedAt,
                                  Instant expiresAt, CsrfSecret csrfSecret) {
        return new Session(id, userId, state, createdAt, authenticatedAt, expiresAt, csrfSecret);
    }

    /** The id of the session a cookie's key opens: the SHA-256 of the key, in hex. */
    public static String idOf(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** Whether the session still authenticates its user at {@code now}. */
    public boolean isActiveAt(Instant now) {
        return state == State.ACTIVE && now.isBefore(expiresAt);
    }

    /** Whether the session is a first login step whose second step may still be taken at {@code now}. */
    public boolean awaitsSecondFactorAt(Instant now) {
        return state == State.AWAITING_SECOND_FACTOR && now.isBefore(expiresAt);
    }

    public String id() {
        return id;
    }

    public UserId userId() {
        return userId;
    }

    public State state() {
        return state;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant authenticatedAt() {
        return authenticatedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public CsrfSecret csrfSecret() {
        return csrfSecret;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Session that && id.equals(that.id) && userId.equals(that.userId)
                && state == that.state && createdAt.equals(that.createdAt)
                && authenticatedAt.equals(that.authenticatedAt) && expiresAt.equals(that.expiresAt)
                && csrfSecret.equals(that.csrfSecret);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "Session[user=" + userId + ", state=" + state + ", expiresAt=" + expiresAt + "]";
    }
}
