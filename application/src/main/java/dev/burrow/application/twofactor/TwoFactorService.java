package dev.burrow.application.twofactor;

import dev.burrow.application.actor.Actor;
import dev.burrow.application.actor.Credential;
import dev.burrow.application.actor.RecentAuthentication;
import dev.burrow.application.credential.PasswordHasher;
import dev.burrow.application.session.SessionRepository;
import dev.burrow.application.throttle.RateLimiter;
import dev.burrow.application.transaction.TransactionRunner;
import dev.burrow.application.user.UserLookup;
import dev.burrow.application.user.UserRepository;
import dev.burrow.domain.failure.InvalidInputException;
import dev.burrow.domain.failure.NotFoundException;
import dev.burrow.domain.failure.PermissionDeniedException;
import dev.burrow.domain.twofactor.BackupCodes;
import dev.burrow.domain.twofactor.Totp;
import dev.burrow.domain.twofactor.TotpDevice;
import dev.burrow.domain.twofactor.TotpSecret;
import dev.burrow.domain.twofactor.TwoFactorSetup;
import dev.burrow.domain.user.PasswordHash;
import dev.burrow.domain.user.User;
import dev.burrow.domain.user.UserId;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.random.RandomGenerator;

final class TwoFactorService implements TwoFactorUseCase, SecondFactorCheck {

    static final String NO_KEYS = "This action does not support personal API key access";
    static final String NO_HOST_CALLERS = "Setting up two-factor authentication needs a session logged in to burrow "
            + "itself (POST /api/login/).";
    /**
     * Staff may see and turn off someone else's 2FA, as in PostHog, but not mint their backup codes: that would
     * hand them a working second factor for the user and void the user's own codes.
     */
    static final String OWN_BACKUP_CODES_ONLY = "Only the user themselves can create their backup codes.";
    /** Codes offered per user per minute at login, TOTP and backup codes together, across every instance. */
    static final int ATTEMPTS_PER_MINUTE = 5;

    private final TotpDeviceRepository devices;
    private final BackupCodeRepository backupCodes;
    private final TwoFactorSetupRepository setups;
    private final SessionRepository sessions;
    private final UserLookup lookup;
    private final UserRepository users;
    private final PasswordHasher codeHasher;
    private final TransactionRunner transactions;
    private final RateLimiter limiter;
    private final Clock clock;
    private final RandomGenerator random;

    TwoFactorService(TotpDeviceRepository devices, BackupCodeRepository backupCodes, TwoFactorSetupRepository setups,
                     SessionRepository sessions, UserRepository users, PasswordHasher codeHasher,
                     TransactionRunner transactions, RateLimiter limiter, Clock clock, RandomGenerator random) {
        this.devices = devices;
        this.backupCodes = backupCodes;
        this.setups = setups;
        this.sessions = sessions;
        this.lookup = new UserLookup(users);
        this.users = users;
        this.codeHasher = codeHasher;
        this.transactions = transactions;
        this.limiter = limiter;
        this.clock = clock;
        this.random = random;
    }

    @Override
    public TotpSecret startSetup(Actor actor) {
        TotpSecret secret = TotpSecret.generate(random);
        setups.save(new TwoFactorSetup(sessionOf(actor), actor.userId(), secret, clock.instant()));
        return secret;
    }

    @Override
    public String pendingSetupUri(Actor actor, String issuer) {
        TotpSecret secret = livePendingSetup(actor).map(TwoFactorSetup::secret).orElseThrow(NotFoundException::new);
        return secret.provisioningUri(issuer, lookup.resolve(actor, UserLookup.ME).email().value());
    }

    @Override
    public void validate(Actor actor, String token) {
        Instant now = clock.instant();
        RecentAuthentication.require(actor, now);
        String sessionId = sessionOf(actor);
        TwoFactorSetup setup = livePendingSetup(actor).orElseThrow(() -> new InvalidInputException("setup_expired",
                "2FA setup session expired. Please start setup again.", null));
        if (token == null) {
            throw new InvalidInputException("required", "This field is required.", "token");
        }
        OptionalLong step = Totp.matchingStep(setup.secret(), token, Totp.step(now), TotpDevice.TOLERANCE);
        if (step.isEmpty()) {
            throw new InvalidInputException("token_invalid", "Token is not valid", null);
        }
        transactions.run(() -> {
            // The user's lock, as logins take it: none can open a session without the second factor past this.
            users.lockedById(actor.userId());
            devices.save(TotpDevice.confirmed(actor.userId(), setup.secret(), step.getAsLong(), now));
            // Codes left from an earlier device must not come back to life with this one.
            backupCodes.deleteAll(actor.userId());
            setups.delete(sessionId);
            sessions.deleteAllOf(actor.userId(), sessionId);
        });
    }

    @Override
    public TwoFactorStatus status(Actor actor, String target) {
        User user = lookup.resolve(actor, target);
        boolean hasTotp = devices.of(user.id()).isPresent();
        return new TwoFactorStatus(hasTotp, hasTotp ? backupCodes.countOf(user.id()) : 0, hasTotp ? "TOTP" : null,
                false, hasTotp, false);
    }

    @Override
    public List<String> regenerateBackupCodes(Actor actor, String target) {
        RecentAuthentication.require(actor, clock.instant());
        User user = lookup.resolve(actor, target);
        if (!user.id().equals(actor.userId())) {
            throw new PermissionDeniedException(OWN_BACKUP_CODES_ONLY);
        }
        List<String> codes = BackupCodes.generate(random);
        List<PasswordHash> hashes = codes.stream().map(codeHasher::hash).toList();
        transactions.run(() -> {
            // Checked inside the transaction that writes the codes, so a concurrent disable cannot orphan them.
            if (devices.of(user.id()).isEmpty()) {
                throw new InvalidInputException("2fa_not_enabled", "2FA must be enabled first", null);
            }
            backupCodes.replace(user.id(), hashes);
        });
        return codes;
    }

    @Override
    public void disable(Actor actor, String target) {
        RecentAuthentication.require(actor, clock.instant());
        User user = lookup.resolve(actor, target);
        transactions.run(() -> {
            devices.delete(user.id());
            backupCodes.deleteAll(user.id());
        });
    }

    @Override
    public boolean isRequired(UserId userId) {
        return devices.of(userId).isPresent();
    }

    /**
     * A six-digit token is a TOTP code and goes through the device's own cool-down; anything else can only be a
     * backup code, which the device's cool-down does not block (it is the way back in when the device is lost).
     * Both count against one per-user limit, kept atomically in the shared store.
     */
    @Override
    public void verify(UserId userId, String token) {
        Instant now = clock.instant();
        if (limiter.tryAcquire("second_factor:" + userId, ATTEMPTS_PER_MINUTE, Duration.ofMinutes(1), now)
                .isPresent()) {
            throw tooManyAttempts();
        }
        String code = token == null ? "" : token.strip();
        if (!code.isEmpty() && code.chars().allMatch(c -> c >= '0' && c <= '9')) {
            Optional<TotpDevice> device = devices.of(userId);
            if (device.isPresent()) {
                if (!device.get().allowsAttemptAt(now)) {
                    throw tooManyAttempts();
                }
                OptionalLong step = device.get().acceptableStep(code, now);
                if (step.isPresent() && devices.acceptStep(userId, step.getAsLong())) {
                    return;
                }
                devices.recordFailure(userId, now);
            }
        } else if (spendBackupCode(userId, code.toLowerCase(Locale.ROOT))) {
            return;
        }
        throw new InvalidInputException("2fa_invalid", "Invalid authentication code", null);
    }

    private static InvalidInputException tooManyAttempts() {
        return new InvalidInputException("2fa_too_many_attempts", "Too many attempts.", null);
    }

    private boolean spendBackupCode(UserId userId, String token) {
        for (BackupCodeRepository.StoredBackupCode code : backupCodes.ofUser(userId)) {
            if (codeHasher.verify(token, code.hash())) {
                return backupCodes.use(userId, code.id());
            }
        }
        return false;
    }

    private Optional<TwoFactorSetup> livePendingSetup(Actor actor) {
        Instant now = clock.instant();
        return setups.ofSession(sessionOf(actor)).filter(setup -> !setup.isExpiredAt(now));
    }

    /**
     * Setups belong to a browser session: other credentials have none to keep them in. A key gets PostHog's
     * refusal; a caller a host vouches for is told what is missing.
     */
    private static String sessionOf(Actor actor) {
        if (actor.credential() instanceof Credential.Session session) {
            return session.sessionId();
        }
        if (actor.credential() instanceof Credential.Host) {
            throw new PermissionDeniedException(NO_HOST_CALLERS);
        }
        throw new PermissionDeniedException(NO_KEYS);
    }
}
