package dev.burrow.application.login;

import dev.burrow.application.credential.DjangoPasswordHasher;
import dev.burrow.application.credential.PasswordHasher;
import dev.burrow.application.fake.MovableClock;
import dev.burrow.application.fake.NoPasskeys;
import dev.burrow.application.fake.Persistence;
import dev.burrow.application.fake.TestData;
import dev.burrow.application.twofactor.TwoFactorUseCases;
import dev.burrow.application.throttle.RateLimiter;
import dev.burrow.domain.failure.BurrowException;
import dev.burrow.domain.failure.InvalidInputException;
import dev.burrow.domain.failure.PermissionDeniedException;
import dev.burrow.domain.user.PasswordHash;
import dev.burrow.domain.user.User;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LoginServiceTest {

    private static final String PASSWORD = "correct horse battery staple";
    private final Persistence persistence = Persistence.inMemory();
    private final TestData data = new TestData(persistence);
    private final SecureRandom random = new SecureRandom();
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-28T12:00:00Z"));
    private final CountingHasher hasher = new CountingHasher(new DjangoPasswordHasher(1000, random));

    @Test
    void every_refusal_costs_exactly_one_hash_check_as_a_right_password_does() {
        data.user("ada@example.com", PASSWORD, hasher);
        LoginUseCase login = login(hasher);

        for (String email : new String[] {"ada@example.com", "nobody@example.com"}) {
            hasher.verifications.set(0);
            assertThatThrownBy(() -> login.logIn(new LoginUseCase.Credentials(email, "wrong password", "10.0.0.1")))
                    .isInstanceOf(InvalidInputException.class).hasMessage("Invalid email or password.");
            assertThat(hasher.verifications.get()).as(email).isOne();
        }
        hasher.verifications.set(0);
        assertThat(login.logIn(new LoginUseCase.Credentials("ada@example.com", PASSWORD, "10.0.0.1")))
                .isInstanceOf(LoginUseCase.LoggedIn.class);
        assertThat(hasher.verifications.get()).isOne();
    }

    @Test
    void an_older_hash_is_upgraded_while_the_password_is_at_hand() {
        User ada = data.user("ada@example.com", PASSWORD, new DjangoPasswordHasher(500, random));
        PasswordHasher current = new DjangoPasswordHasher(1000, random);

        login(current).logIn(new LoginUseCase.Credentials("ada@example.com", PASSWORD, "10.0.0.1"));

        PasswordHash stored = persistence.users().byId(ada.id()).orElseThrow().password();
        assertThat(stored.encoded()).startsWith("pbkdf2_sha256$1000$");
        assertThat(current.verify(PASSWORD, stored)).isTrue();
    }

    @Test
    void a_stranger_locks_only_themselves_out_the_owner_still_logs_in_from_their_own_address() {
        data.user("ada@example.com", PASSWORD, hasher);
        LoginUseCase login = login(hasher);

        for (int i = 0; i < LoginService.PAIR_ATTEMPT_LIMIT; i++) {
            assertThat(attempt(login, "ada@example.com", "wrong password", STRANGER)).isEqualTo("invalid_credentials");
        }

        assertThat(attempt(login, "ada@example.com", PASSWORD, STRANGER)).isEqualTo("too_many_failed_attempts");
        assertThat(attempt(login, "ada@example.com", PASSWORD, OWNER)).isEqualTo("logged in");
        assertThatThrownBy(() -> login.logIn(new LoginUseCase.Credentials("ada@example.com", PASSWORD, STRANGER)))
                .isInstanceOf(PermissionDeniedException.class)
                .hasMessage("Too many failed login attempts. Please try again in 10 minutes.");
    }

    @Test
    void an_account_from_one_address_gets_ten_tries_cleared_by_a_success_from_there() {
        data.user("ada@example.com", PASSWORD, hasher);
        LoginUseCase login = login(hasher);
        for (int i = 0; i < LoginService.PAIR_ATTEMPT_LIMIT - 1; i++) {
            assertThat(attempt(login, "ada@example.com", "wrong password", OWNER)).isEqualTo("invalid_credentials");
        }
        assertThat(attempt(login, "ada@example.com", PASSWORD, OWNER)).isEqualTo("logged in");

        for (int i = 0; i < LoginService.PAIR_ATTEMPT_LIMIT; i++) {
            assertThat(attempt(login, "ada@example.com", "wrong password", OWNER)).isEqualTo("invalid_credentials");
        }
        assertThat(attempt(login, "ada@example.com", PASSWORD, OWNER)).isEqualTo("too_many_failed_attempts");

        clock.advance(LoginService.LOCKOUT.plusSeconds(1));
        assertThat(attempt(login, "ada@example.com", PASSWORD, OWNER)).isEqualTo("logged in");
    }

    @Test
    void an_address_gets_thirty_tries_across_accounts() {
        data.user("ada@example.com", PASSWORD, hasher);
        LoginUseCase login = login(hasher);
        for (int i = 0; i < LoginService.ADDRESS_ATTEMPT_LIMIT; i++) {
            assertThat(attempt(login, "nobody" + i + "@example.com", PASSWORD, STRANGER))
                    .isEqualTo("invalid_credentials");
        }

        assertThat(attempt(login, "ada@example.com", PASSWORD, STRANGER)).isEqualTo("too_many_failed_attempts");
        assertThat(attempt(login, "ada@example.com", PASSWORD, OWNER)).isEqualTo("logged in");
        clock.advance(LoginService.LOCKOUT.plusSeconds(1));
        assertThat(attempt(login, "ada@example.com", PASSWORD, STRANGER)).isEqualTo("logged in");
    }

    @Test
    void an_account_gets_a_hundred_tries_an_hour_from_all_addresses_together() {
        data.user("ada@example.com", PASSWORD, hasher);
        LoginUseCase login = login(hasher);
        for (int i = 0; i < LoginService.ACCOUNT_ATTEMPT_LIMIT; i++) {
            String address = "10.1.0." + i / LoginService.PAIR_ATTEMPT_LIMIT;
            assertThat(attempt(login, "ada@example.com", "wrong password", address)).as("attempt %d", i)
                    .isEqualTo("invalid_credentials");
        }

        assertThat(attempt(login, "ada@example.com", PASSWORD, OWNER)).isEqualTo("too_many_failed_attempts");
        assertThat(attempt(login, "bob@example.com", "wrong password", OWNER)).isEqualTo("invalid_credentials");
        clock.advance(LoginService.ACCOUNT_WINDOW.plusSeconds(1));
        assertThat(attempt(login, "ada@example.com", PASSWORD, OWNER)).isEqualTo("logged in");
    }

    @Test
    void an_office_behind_one_address_is_never_refused_for_logging_in_successfully() {
        LoginUseCase login = login(hasher);
        int successes = LoginService.ADDRESS_ATTEMPT_LIMIT + 10;
        for (int i = 0; i < successes; i++) {
            data.user("user" + i + "@example.com", PASSWORD, hasher);
        }
        Duration step = LoginService.LOCKOUT.dividedBy(successes + 1);

        for (int i = 0; i < successes; i++) {
            assertThat(attempt(login, "user" + i + "@example.com", PASSWORD, OWNER)).as("login %d", i)
                    .isEqualTo("logged in");
            clock.advance(step);
        }

        // Only the successes were taken back: failures from the same address still reach its limit.
        for (int i = 0; i < LoginService.ADDRESS_ATTEMPT_LIMIT; i++) {
            assertThat(attempt(login, "user" + i + "@example.com", "wrong password", OWNER)).as("failure %d", i)
                    .isEqualTo("invalid_credentials");
        }
        assertThat(attempt(login, "user0@example.com", PASSWORD, OWNER)).isEqualTo("too_many_failed_attempts");
    }

    @Test
    void an_account_logging_in_often_from_many_addresses_is_never_refused() {
        data.user("ada@example.com", PASSWORD, hasher);
        LoginUseCase login = login(hasher);
        int successes = LoginService.ACCOUNT_ATTEMPT_LIMIT + 50;
        Duration step = LoginService.ACCOUNT_WINDOW.dividedBy(successes + 1);

        for (int i = 0; i < successes; i++) {
            assertThat(attempt(login, "ada@example.com", PASSWORD, "10.2." + i / 256 + "." + i % 256))
                    .as("login %d", i).isEqualTo("logged in");
            clock.advance(step);
        }

        for (int i = 0; i < LoginService.ACCOUNT_ATTEMPT_LIMIT; i++) {
            String address = "10.3.0." + i / LoginService.PAIR_ATTEMPT_LIMIT;
            assertThat(attempt(login, "ada@example.com", "wrong password", address)).as("failure %d", i)
                    .isEqualTo("invalid_credentials");
        }
        assertThat(attempt(login, "ada@example.com", PASSWORD, OWNER)).isEqualTo("too_many_failed_attempts");
    }

    @Test
    void a_locked_out_address_trying_new_emails_creates_no_buckets() {
        TouchedBuckets limiter = new TouchedBuckets(persistence.rateLimiter());
        LoginUseCase login = login(hasher, limiter);
        for (int i = 0; i < LoginService.ADDRESS_ATTEMPT_LIMIT; i++) {
            assertThat(attempt(login, "nobody" + i + "@example.com", PASSWORD, STRANGER))
                    .isEqualTo("invalid_credentials");
        }
        limiter.written.clear();

        for (int i = 0; i < 200; i++) {
            assertThat(attempt(login, "new" + i + "@example.com", PASSWORD, STRANGER))
                    .isEqualTo("too_many_failed_attempts");
        }

        assertThat(limiter.written).isEmpty();
    }

    @Test
    void failed_logins_also_run_the_housekeeping_that_forgets_stale_attempts() {
        LoginUseCase login = login(hasher);
        assertThat(attempt(login, "nobody@example.com", PASSWORD, STRANGER)).isEqualTo("invalid_credentials");
        String stale = "login:address:" + STRANGER;
        assertThat(persistence.rateLimiter().latest(stale)).isPresent();

        clock.advance(LoginService.ATTEMPT_HISTORY.plus(LoginService.HOUSEKEEPING_INTERVAL).plusSeconds(1));
        assertThat(attempt(login, "other@example.com", PASSWORD, OWNER)).isEqualTo("invalid_credentials");

        assertThat(persistence.rateLimiter().latest(stale)).isEmpty();
    }

    private static final String OWNER = "10.0.0.1";
    private static final String STRANGER = "203.0.113.66";

    /** What became of one login: "logged in", or the code of the refusal. */
    private static String attempt(LoginUseCase login, String email, String password, String address) {
        try {
            login.logIn(new LoginUseCase.Credentials(email, password, address));
            return "logged in";
        } catch (BurrowException e) {
            return e.code();
        }
    }

    private LoginUseCase login(PasswordHasher passwords) {
        return login(passwords, persistence.rateLimiter());
    }

    private LoginUseCase login(PasswordHasher passwords, RateLimiter limiter) {
        TwoFactorUseCases twoFactor = TwoFactorUseCases.create(persistence.totpDevices(), persistence.backupCodes(),
                persistence.twoFactorSetups(), persistence.sessions(), persistence.users(),
                persistence.transactions(), persistence.rateLimiter(), clock, random, persistence.webauthnCredentials());
        return LoginUseCases.create(persistence.users(), persistence.sessions(), twoFactor.secondFactorCheck(),
                passwords, limiter, persistence.transactions(), clock, random, NoPasskeys.LOGIN_CHECK);
    }

    /**
     * The buckets attempts were written to: a bucket a store has no row for gets one on its first attempt, so a
     * bucket never written to was never created.
     */
    private static final class TouchedBuckets implements RateLimiter {
        private final RateLimiter delegate;
        private final Set<String> written = ConcurrentHashMap.newKeySet();

        TouchedBuckets(RateLimiter delegate) {
            this.delegate = delegate;
        }

        @Override
        public Optional<Duration> tryAcquire(String bucket, int limit, Duration window, Instant now) {
            written.add(bucket);
            return delegate.tryAcquire(bucket, limit, window, now);
        }

        @Override
        public int countSince(String bucket, Instant since) {
            return delegate.countSince(bucket, since);
        }

        @Override
        public Optional<Instant> latest(String bucket) {
            return delegate.latest(bucket);
        }

        @Override
        public void record(String bucket, Instant at) {
            written.add(bucket);
            delegate.record(bucket, at);
        }

        @Override
        public void reset(String bucket) {
            delegate.reset(bucket);
        }

        @Override
        public void forgive(String bucket, Instant at) {
            delegate.forgive(bucket, at);
        }

        @Override
        public void forgetBefore(Instant cutoff) {
            delegate.forgetBefore(cutoff);
        }
    }

    /** A hasher that counts its checks, to show a refusal does the same work whatever the reason. */
    private static final class CountingHasher implements PasswordHasher {
        private final PasswordHasher delegate;
        private final AtomicInteger verifications = new AtomicInteger();

        CountingHasher(PasswordHasher delegate) {
            this.delegate = delegate;
        }

        @Override
        public PasswordHash hash(String password) {
            return delegate.hash(password);
        }

        @Override
        public boolean verify(String password, PasswordHash hash) {
            verifications.incrementAndGet();
            return delegate.verify(password, hash);
        }

        @Override
        public boolean needsRehash(PasswordHash hash) {
            return delegate.needsRehash(hash);
        }
    }
}
