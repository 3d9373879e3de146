package dev.burrow.application.reset;

import dev.burrow.application.credential.PasswordHasher;
import dev.burrow.application.credential.PasswordPolicy;
import dev.burrow.application.session.SessionRepository;
import dev.burrow.application.throttle.RateLimiter;
import dev.burrow.application.transaction.TransactionRunner;
import dev.burrow.application.user.UserRepository;
import dev.burrow.domain.failure.InvalidInputException;
import dev.burrow.domain.failure.ThrottledException;
import dev.burrow.domain.secret.SecretTokens;
import dev.burrow.domain.user.EmailAddress;
import dev.burrow.domain.user.PasswordHash;
import dev.burrow.domain.user.User;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * PostHog's password reset. A request is throttled, then answered the same way for every valid address: the same
 * ports are called in the same order and one token is signed whether or not an active user has the address (for
 * none, over a decoy), and the one difference, the mail, leaves on another thread.
 *
 * <p>The user's "last reset request" (PostHog's {@code requested_password_reset_at}, part of what a token signs)
 * is the latest request the throttle recorded for the address: the throttle's store every instance shares already
 * keeps it, and recording it is the same write for an unknown address as for a known one.
 */
final class PasswordResetService implements PasswordResetUseCase {

    static final String PURPOSE = "password_reset";
    /** PostHog's {@code UserPasswordResetThrottle}: 6/day per address. */
    static final int REQUESTS_PER_DAY = 6;
    static final Duration REQUEST_WINDOW = Duration.ofDays(1);
    private static final int SECRET_LENGTH = 50;

    private final UserRepository users;
    private final SessionRepository sessions;
    private final SigningSecretRepository secrets;
    private final RateLimiter limiter;
    private final PasswordHasher passwords;
    private final PasswordPolicy policy;
    private final TransactionRunner transactions;
    private final ResetMail mail;
    private final ResetTokens tokens;
    private final Clock clock;
    private final RandomGenerator random;

    PasswordResetService(UserRepository users, SessionRepository sessions, SigningSecretRepository secrets,
                         RateLimiter limiter, PasswordHasher passwords, PasswordPolicy policy,
                         TransactionRunner transactions, ResetMail mail, ResetTokens tokens, Clock clock,
                         RandomGenerator random) {
        this.users = users;
        this.sessions = sessions;
        this.secrets = secrets;
        this.limiter = limiter;
        this.passwords = passwords;
        this.policy = policy;
        this.transactions = transactions;
        this.mail = mail;
        this.tokens = tokens;
        this.clock = clock;
        this.random = random;
    }

    @Override
    public void request(RequestResetCommand command) {
        // Instants as the throttle's store keeps them, so the request signed is the request read back.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String sent = command.email();
        String bucket = sent == null ? "user_password_reset:address:" + command.clientAddress()
                : bucketOf(sent.strip());
        limiter.tryAcquire(bucket, REQUESTS_PER_DAY, REQUEST_WINDOW, now).ifPresent(wait -> {
            throw new ThrottledException(Math.max(1, (wait.toMillis() + 999) / 1000));
        });
        EmailAddress email = EmailAddress.of(required(sent, "email").strip());
        if (!mail.delivered()) {
            throw new InvalidInputException("email_not_available", "Cannot reset passwords because email is not "
                    + "configured for your instance. Please contact your administrator.", null);
        }
        String secret = current().current();
        Optional<User> user = users.byEmail(email).filter(User::isActive);
        // One signing on one path: a user's values, or a decoy's for no user.
        String token = tokens.sign(user.map(found -> ResetTokens.Signed.of(found, now))
                .orElseGet(() -> ResetTokens.Signed.decoy(email.value(), now)), now, secret);
        user.ifPresent(found -> mail.send(found, command.siteUrl(), token));
    }

    @Override
    public void check(String userUuid, String token) {
        verified(userUuid, required(token, "token"));
    }

    @Override
    public EmailAddress complete(CompleteResetCommand command) {
        String token = required(command.token(), "token");
        String password = required(command.password(), "password");
        User user = verified(command.userUuid(), token);
        policy.check(password);
        // Hashed before the lock: the slow hash holds no row.
        PasswordHash hash = passwords.hash(password);
        return transactions.inTransaction(() -> {
            // Under the user's lock, the token is checked again: of two resets with one link, one wins.
            User locked = users.lockedById(user.id()).filter(User::isActive)
                    .filter(current -> isGood(current, token)).orElseThrow(PasswordResetService::invalidToken);
            users.update(locked.withPassword(hash).withEmail(locked.email(), true)
                    .withPendingEmail(locked.pendingEmail()));
            sessions.deleteAllOf(locked.id(), null);
            return locked.email();
        });
    }

    @Override
    public void rotateSecret() {
        current();
        secrets.rotate(PURPOSE, SecretTokens.alphanumeric(random, SECRET_LENGTH));
    }

    private User verified(String userUuid, String token) {
        return parse(userUuid).flatMap(users::byUuid).filter(User::isActive).filter(user -> isGood(user, token))
                .orElseThrow(PasswordResetService::invalidToken);
    }

    private boolean isGood(User user, String token) {
        Instant requested = limiter.latest(bucketOf(user.email().value())).orElse(null);
        return ResetTokens.check(user, requested, token, clock.instant(), current());
    }

    /** The secrets, the first of them made now when no instance has made one yet. */
    private SigningSecrets current() {
        return secrets.secrets(PURPOSE, SecretTokens.alphanumeric(random, SECRET_LENGTH));
    }

    /** PostHog keys the throttle by the sha256 of the lower-cased address, so no address is kept in clear. */
    private static String bucketOf(String email) {
        try {
            return "user_password_reset:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(email.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static Optional<UUID> parse(String uuid) {
        if (uuid == null) {
            return Optional.empty();
        }
        try {
            UUID parsed = UUID.fromString(uuid);
            // UUID.fromString accepts short groups ("1-1-1-1-1"); Django's UUID path converter does not.
            return parsed.toString().equalsIgnoreCase(uuid) ? Optional.of(parsed) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static InvalidInputException invalidToken() {
        return new InvalidInputException("invalid_token", "This reset token is invalid or has expired.", "token");
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
