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
import java.util.UUID;
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
    /** How often at most a session's last activity is written (PostHog's activity middleware: five minutes). */
    public static final Duration ACTIVITY_INTERVAL = Duration.ofMinutes(5);

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
    // What the list of a user's login sessions shows (PostHog's login sessions): a public id that is not the key's
    // hash, the last activity, and how the login was made; and, for a second-factor step, the session it
    // re-authenticates. Null where unknown (sessions stored before these were kept).
    private final UUID publicId;
    private final Activity activity;
    private final String loginMethod;
    private final String reauthenticates;

    /**
     * Where a session was last used from: when, the client's address (kept, never shown) and the device its user
     * agent names ({@code "Firefox 120 on Windows"}; the raw user agent is not kept).
     */
    public record Activity(Instant at, String clientAddress, String device) {

        public static final Activity NONE = new Activity(null, null, null);
    }

    /** Where a login comes from, and how it was made ({@code "password"}). */
    public record Origin(String clientAddress, String device, String loginMethod) {

        public static final Origin UNKNOWN = new Origin(null, null, null);
    }

    private Session(String id, UserId userId, State state, Instant createdAt, Instant authenticatedAt,
                    Instant expiresAt, CsrfSecret csrfSecret) {
        this(id, userId, state, createdAt, authenticatedAt, expiresAt, csrfSecret, null, Activity.NONE, null, null);
    }

    private Session(String id, UserId userId, State state, Instant createdAt, Instant authenticatedAt,
                    Instant expiresAt, CsrfSecret csrfSecret, UUID publicId, Activity activity, String loginMethod,
                    String reauthenticates) {
        this.id = Objects.requireNonNull(id, "id");
        this.userId = Objects.requireNonNull(userId, "userId");
        this.state = Objects.requireNonNull(state, "state");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.authenticatedAt = Objects.requireNonNull(authenticatedAt, "authenticatedAt");
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
        this.csrfSecret = Objects.requireNonNull(csrfSecret, "csrfSecret");
        this.publicId = publicId;
        this.activity = Objects.requireNonNull(activity, "activity");
        this.loginMethod = loginMethod;
        this.reauthenticates = reauthenticates;
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
        return open(userId, now, random, Origin.UNKNOWN);
    }

    /** The first half of a two-factor login: the password was right, the code is still to come. */
    public static Opened awaitSecondFactor(UserId userId, Instant now, RandomGenerator random) {
        return awaitSecondFactor(userId, now, random, Origin.UNKNOWN, null);
    }

    public static Session restore(String id, UserId userId, State state, Instant createdAt, Instant authenticatedAt,
                                  Instant expiresAt, CsrfSecret csrfSecret) {
        return new Session(id, userId, state, createdAt, authenticatedAt, expiresAt, csrfSecret);
    }

    /** A session as stored, with what its login-session entry shows. */
    public static Session restore(String id, UserId userId, State state, Instant createdAt, Instant authenticatedAt,
                                  Instant expiresAt, CsrfSecret csrfSecret, UUID publicId, Activity activity,
                                  String loginMethod, String reauthenticates) {
        return new Session(id, userId, state, createdAt, authenticatedAt, expiresAt, csrfSecret, publicId, activity,
                loginMethod, reauthenticates);
    }

    /** A login from {@code origin}: the user proved who they are at {@code now}. */
    public static Opened open(UserId userId, Instant now, RandomGenerator random, Origin origin) {
        return create(userId, State.ACTIVE, now, LIFETIME, random, origin, null);
    }

    /**
     * The first half of a two-factor login from {@code origin}; {@code reauthenticates} is the id of the session
     * the browser already had for this user (null for none), which the completed login replaces.
     */
    public static Opened awaitSecondFactor(UserId userId, Instant now, RandomGenerator random, Origin origin,
                                           String reauthenticates) {
        return create(userId, State.AWAITING_SECOND_FACTOR, now, SECOND_FACTOR_WINDOW, random, origin,
                reauthenticates);
    }

    private static Opened create(UserId userId, State state, Instant now, Duration lifetime, RandomGenerator random,
                                 Origin origin, String reauthenticates) {
        String key = SecretTokens.alphanumeric(random, KEY_BYTES);
        Instant at = now.truncatedTo(ChronoUnit.MICROS);
        UUID publicId = new UUID(random.nextLong() & 0xffffffffffff0fffL | 0x4000L,
                random.nextLong() & 0x3fffffffffffffffL | 0x8000000000000000L);
        return new Opened(new Session(idOf(key), userId, state, at, at, at.plus(lifetime),
                CsrfSecret.generate(random), publicId, new Activity(at, origin.clientAddress(), origin.device()),
                origin.loginMethod(), reauthenticates), key);
    }

    /**
     * This login, proven again at {@code now} from {@code origin} (a re-authentication): a new key (as Django cycles
     * it at every login), a new lifetime and a fresh recent-login window, but the same entry in the user's list of
     * login sessions: its public id and when it began.
     */
    public Opened reauthenticated(Instant now, RandomGenerator random, Origin origin) {
        Opened fresh = open(userId, now, random, origin);
        Session next = fresh.session();
        return new Opened(new Session(next.id, userId, State.ACTIVE, createdAt, next.authenticatedAt, next.expiresAt,
                next.csrfSecret, publicId(), next.activity, next.loginMethod, null), fresh.key());
    }

    /** Whether the last activity is old enough ({@link #ACTIVITY_INTERVAL}) to be written again at {@code now}. */
    public boolean activityDueAt(Instant now) {
        return activity.at() == null || !now.isBefore(activity.at().plus(ACTIVITY_INTERVAL));
    }

    /**
     * The id the user's list of login sessions shows: stable for the login's life, and never the key nor its hash.
     * A session stored before public ids were kept gets one derived from its id, the same every time.
     */
    public UUID publicId() {
        return publicId != null ? publicId
                : UUID.nameUUIDFromBytes(("burrow-session:" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** The public id as stored: null for a session stored before public ids were kept. */
    public UUID storedPublicId() {
        return publicId;
    }

    public Activity activity() {
        return activity;
    }

    public String loginMethod() {
        return loginMethod;
    }

    /** For a second-factor step: the id of the session the completed login replaces, else null. */
    public String reauthenticates() {
        return reauthenticates;
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
                && csrfSecret.equals(that.csrfSecret) && Objects.equals(publicId, that.publicId)
                && activity.equals(that.activity) && Objects.equals(loginMethod, that.loginMethod)
                && Objects.equals(reauthenticates, that.reauthenticates);
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
