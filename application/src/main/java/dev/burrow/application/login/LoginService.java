package dev.burrow.application.login;

import dev.burrow.application.credential.PasswordHasher;
import dev.burrow.application.passkey.PasskeyAnswer;
import dev.burrow.application.passkey.PasskeyLoginCheck;
import dev.burrow.application.session.SessionRepository;
import dev.burrow.application.throttle.RateLimiter;
import dev.burrow.application.transaction.TransactionRunner;
import dev.burrow.application.twofactor.SecondFactorCheck;
import dev.burrow.application.user.UserRepository;
import dev.burrow.domain.failure.ConcurrentUpdateException;
import dev.burrow.domain.failure.InvalidInputException;
import dev.burrow.domain.failure.PasskeyRefusedException;
import dev.burrow.domain.failure.PermissionDeniedException;
import dev.burrow.domain.session.Devices;
import dev.burrow.domain.session.Session;
import dev.burrow.domain.user.EmailAddress;
import dev.burrow.domain.user.PasswordHash;
import dev.burrow.domain.user.User;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.random.RandomGenerator;

final class LoginService implements LoginUseCase {

    /**
     * Failed logins are counted three ways, so that a stranger cannot lock the owner out (PostHog counts only per
     * account, so ten wrong passwords from anywhere lock it). An account from one client address gets
     * {@value #PAIR_ATTEMPT_LIMIT} failures per {@link #LOCKOUT}, cleared by a success from that address: a stranger
     * exhausts theirs, not the owner's. Successes do not count towards any limit (see {@link #throttle}), so an
     * office behind one address, or an account used from many devices, is never refused for logging in.
     */
    static final int PAIR_ATTEMPT_LIMIT = 10;
    /** One client address gets {@value #ADDRESS_ATTEMPT_LIMIT} failures per {@link #LOCKOUT}, across accounts. */
    static final int ADDRESS_ATTEMPT_LIMIT = 30;
    static final Duration LOCKOUT = Duration.ofMinutes(10);
    /**
     * One account gets {@value #ACCOUNT_ATTEMPT_LIMIT} failures per {@link #ACCOUNT_WINDOW} from all addresses
     * together, which bounds guessing spread over many addresses. Reaching it takes a stranger at least four addresses.
     */
    static final int ACCOUNT_ATTEMPT_LIMIT = 100;
    static final Duration ACCOUNT_WINDOW = Duration.ofHours(1);
    /** Attempt histories older than this are no use to any limit and are dropped as logins go by. */
    static final Duration ATTEMPT_HISTORY = Duration.ofDays(1);
    /** Housekeeping runs at most this often per process, not on every login. */
    static final Duration HOUSEKEEPING_INTERVAL = Duration.ofMinutes(1);

    private final UserRepository users;
    private final SessionRepository sessions;
    private final SecondFactorCheck secondFactor;
    private final PasswordHasher hasher;
    private final RateLimiter limiter;
    private final TransactionRunner transactions;
    private final Clock clock;
    private final RandomGenerator random;
    private volatile PasswordHash decoy;
    private volatile Instant lastHousekeeping;
    private final PasskeyLoginCheck passkeys;

    LoginService(UserRepository users, SessionRepository sessions, SecondFactorCheck secondFactor,
                 PasswordHasher hasher, RateLimiter limiter, TransactionRunner transactions, Clock clock,
                 RandomGenerator random, PasskeyLoginCheck passkeys) {
        this.users = users;
        this.sessions = sessions;
        this.secondFactor = secondFactor;
        this.hasher = hasher;
        this.limiter = limiter;
        this.transactions = transactions;
        this.clock = clock;
        this.random = random;
        this.passkeys = passkeys;
    }

    @Override
    public LoginOutcome logIn(Credentials credentials) {
        EmailAddress email = EmailAddress.of(required(credentials.email(), "email"));
        String password = required(credentials.password(), "password");
        Instant now = clock.instant();
        String account = "login:account:" + email.folded();
        String address = "login:address:" + credentials.clientAddress();
        String pair = "login:account-address:" + email.folded() + " " + credentials.clientAddress();
        try {
            throttle(account, address, pair, now);
            return checkAndOpen(email, password, account, address, pair, now, credentials);
        } finally {
            keepHouse(now);
        }
    }

    /**
     * Counts the attempt under each limit, before the password is checked and atomically: a burst of parallel
     * guesses cannot all slip under a limit while the first ones are still hashing. The address's and the
     * account's limits are read first: an attempt they already refuse creates no bucket, so a locked-out address
     * trying new emails adds no rows. The tightest limit is counted first, so that attempts it refuses do not
     * count towards the account's limit for everyone. The attempt is recorded as if it were to fail; once the
     * password turns out right, {@link #checkAndOpen} takes it back, so that the limits count failures only.
     */
    private void throttle(String account, String address, String pair, Instant now) {
        if (limiter.countSince(address, now.minus(LOCKOUT)) >= ADDRESS_ATTEMPT_LIMIT
                || limiter.countSince(account, now.minus(ACCOUNT_WINDOW)) >= ACCOUNT_ATTEMPT_LIMIT
                || limiter.tryAcquire(pair, PAIR_ATTEMPT_LIMIT, LOCKOUT, now).isPresent()
                || limiter.tryAcquire(address, ADDRESS_ATTEMPT_LIMIT, LOCKOUT, now).isPresent()
                || limiter.tryAcquire(account, ACCOUNT_ATTEMPT_LIMIT, ACCOUNT_WINDOW, now).isPresent()) {
            throw new PermissionDeniedException("too_many_failed_attempts",
                    "Too many failed login attempts. Please try again in 10 minutes.");
        }
    }

    private LoginOutcome checkAndOpen(EmailAddress email, String password, String account, String address,
                                      String pair, Instant now, Credentials credentials) {
        Optional<User> user = users.byEmail(email).filter(User::isActive).filter(User::hasUsablePassword);
        // Unknown accounts are checked against a decoy hash, so a wrong address costs what a wrong password does.
        boolean matches = hasher.verify(password, user.map(User::password).orElseGet(this::decoy));
        if (user.isEmpty() || !matches) {
            throw new InvalidInputException("invalid_credentials", "Invalid email or password.", null);
        }
        // A right password is not a failure, whether or not a second factor follows: the pair's tries start over,
        // and this attempt, recorded at now, is taken back from the address's and the account's counts.
        limiter.reset(pair);
        limiter.forgive(address, now);
        limiter.forgive(account, now);
        User found = upgradeHash(user.get(), password);
        return transactions.inTransaction(() -> {
            User checked = recheck(found);
            Session.Origin origin = new Session.Origin(credentials.clientAddress(),
                    Devices.describe(credentials.userAgent()), PASSWORD_LOGIN);
            Optional<Session> had = sessionOf(credentials.sessionKey(), now);
            if (secondFactor.isRequired(checked.id())) {
                Session.Opened pending = Session.awaitSecondFactor(checked.id(), now, random, origin,
                        had.filter(session -> session.userId().equals(checked.id())).map(Session::id).orElse(null));
                sessions.add(pending.session());
                return new SecondFactorRequired(pending);
            }
            return new LoggedIn(openFor(checked, now, origin, had));
        });
    }

    /**
     * The user, locked, as the password was just checked against. A password change (or 2FA being turned on)
     * holds the same lock while it ends the user's sessions, so a login that checked the old password either
     * opens its session before that (and loses it with the others) or finds the change here and fails.
     */
    private User recheck(User verified) {
        return users.lockedById(verified.id()).filter(User::isActive)
                .filter(current -> current.password().equals(verified.password()))
                .orElseThrow(() -> new InvalidInputException("invalid_credentials", "Invalid email or password.",
                        null));
    }

    @Override
    public Session.Opened completeLogIn(String pendingSessionKey, String token) {
        return completeWith(pendingSessionKey, (pending, user) -> {
            // Passkeys (issue 13): with neither a code nor a passkey, PostHog's 2fa_missing_credentials.
            if (token == null || token.isEmpty()) {
                throw new InvalidInputException("2fa_missing_credentials",
                        "Either token or passkey credentials required.", null);
            }
            secondFactor.verify(user.id(), token);
        });
    }

    /** The second step, once {@code proof} accepted what the pending login's user sent. */
    private Session.Opened completeWith(String pendingSessionKey, BiConsumer<Session, User> proof) {
        Instant now = clock.instant();
        Session pending = Optional.ofNullable(pendingSessionKey)
                .flatMap(key -> sessions.byId(Session.idOf(key)))
                .filter(session -> session.awaitsSecondFactorAt(now))
                .orElseThrow(LoginService::expired);
        User user = users.byId(pending.userId()).filter(User::isActive).orElseThrow(LoginService::expired);
        proof.accept(pending, user);
        Session.Opened opened = transactions.inTransaction(() -> {
            // Under the user's lock: a password change since the first step has ended the pending session too.
            users.lockedById(user.id());
            if (sessions.byId(pending.id()).isEmpty()) {
                throw expired();
            }
            sessions.delete(pending.id());
            Session.Origin origin = new Session.Origin(pending.activity().clientAddress(),
                    pending.activity().device(), pending.loginMethod());
            return openFor(user, now, origin, Optional.ofNullable(pending.reauthenticates())
                    .flatMap(sessions::byId).filter(session -> session.isActiveAt(now)));
        });
        keepHouse(now);
        return opened;
    }

    @Override
    public void logOut(String sessionKey) {
        if (sessionKey != null && !sessionKey.isEmpty()) {
            sessions.delete(Session.idOf(sessionKey));
        }
    }

    // Passkeys (issue 13).

    /**
     * PostHog's order: the challenge and the answer's shape first (they name the account), then the throttle, as for
     * a password, then the proof. A failed proof stays counted; a good one is forgiven as a right password is.
     */
    @Override
    public Session.Opened logInWithPasskey(PasskeyLogin login) {
        Instant now = clock.instant();
        PasskeyLoginCheck.Claim claim = passkeys.claim(login.challengeKey(), login.answer());
        EmailAddress email = claim.user().email();
        String account = "login:account:" + email.folded();
        String address = "login:address:" + login.clientAddress();
        String pair = "login:account-address:" + email.folded() + " " + login.clientAddress();
        try {
            throttle(account, address, pair, now);
            User proven = passkeys.prove(claim);
            limiter.reset(pair);
            limiter.forgive(address, now);
            limiter.forgive(account, now);
            return transactions.inTransaction(() -> {
                User current = users.lockedById(proven.id()).filter(User::isActive)
                        .orElseThrow(() -> PasskeyRefusedException.refused(LOGIN_FAILED));
                Session.Origin origin = new Session.Origin(login.clientAddress(),
                        Devices.describe(login.userAgent()), PASSKEY_LOGIN);
                return openFor(current, now, origin, sessionOf(login.sessionKey(), now));
            });
        } finally {
            keepHouse(now);
        }
    }

    static final String LOGIN_FAILED = "Login failed";
    /** How a passkey login is named in the user's list of login sessions ({@code AUTH_BACKEND_KEYS}: a GAP). */
    static final String PASSKEY_LOGIN = "passkey";

    /** As a code does, a passkey completes a pending login; the challenge waits with the pending session. */
    @Override
    public Session.Opened completeLogInWithPasskey(String pendingSessionKey, String credentialId,
                                                   PasskeyAnswer answer) {
        return completeWith(pendingSessionKey,
                (pending, user) -> passkeys.proveSecondFactor(pending, credentialId, answer));
    }

    // Re-authentication (PostHog's login inside an existing session, which its re-auth modal does).

    /** How a password login is named in the user's list of login sessions ({@code AUTH_BACKEND_KEYS}: a GAP). */
    static final String PASSWORD_LOGIN = "password";

    /**
     * Opens the login. When the browser {@code had} a session: of this user, the login re-authenticates it (the
     * same entry in the list of login sessions, a new key, a fresh two-hour and five-minute window); of another
     * user, it ends, as Django's login flushes it.
     */
    private Session.Opened openFor(User user, Instant now, Session.Origin origin, Optional<Session> had) {
        Session.Opened opened = had.filter(session -> session.userId().equals(user.id()))
                .map(session -> session.reauthenticated(now, random, origin))
                .orElseGet(() -> Session.open(user.id(), now, random, origin));
        had.ifPresent(session -> sessions.delete(session.id()));
        sessions.add(opened.session());
        return opened;
    }

    /** The live login the key opens, if any. */
    private Optional<Session> sessionOf(String sessionKey, Instant now) {
        return Optional.ofNullable(sessionKey).filter(key -> !key.isEmpty())
                .flatMap(key -> sessions.byId(Session.idOf(key))).filter(session -> session.isActiveAt(now));
    }

    private static InvalidInputException expired() {
        return new InvalidInputException("2fa_expired", "Login attempt has expired. Re-enter username/password.", null);
    }

    /**
     * Forgets expired sessions, stale attempt histories and the buckets they leave empty, at most once per
     * {@link #HOUSEKEEPING_INTERVAL}; after failed logins too, so a flood of them is cleaned up as it goes.
     */
    private void keepHouse(Instant now) {
        Instant last = lastHousekeeping;
        if (last != null && now.isBefore(last.plus(HOUSEKEEPING_INTERVAL))) {
            return;
        }
        lastHousekeeping = now;
        sessions.deleteExpired(now);
        limiter.forgetBefore(now.minus(ATTEMPT_HISTORY));
    }

    /** Passwords stored with an older algorithm or fewer iterations are re-hashed while we have them in clear. */
    private User upgradeHash(User user, String password) {
        if (!hasher.needsRehash(user.password())) {
            return user;
        }
        try {
            return users.update(user.withPassword(hasher.hash(password)));
        } catch (ConcurrentUpdateException e) {
            return user;
        }
    }

    private PasswordHash decoy() {
        PasswordHash current = decoy;
        if (current == null) {
            current = hasher.hash("decoy-" + Long.toHexString(random.nextLong()).toLowerCase(Locale.ROOT));
            decoy = current;
        }
        return current;
    }

    private static String required(String value, String field) {
        if (value == null) {
            throw new InvalidInputException("required", "This field is required.", field);
        }
        if (value.isBlank()) {
            throw new InvalidInputException("blank", "This field may not be blank.", field);
        }
        return value;
    }
}
