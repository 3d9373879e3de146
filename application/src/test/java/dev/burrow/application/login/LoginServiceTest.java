package dev.burrow.application.login;

import dev.burrow.application.credential.DjangoPasswordHasher;
import dev.burrow.application.credential.PasswordHasher;
import dev.burrow.application.fake.Persistence;
import dev.burrow.application.fake.TestData;
import dev.burrow.application.twofactor.TwoFactorUseCases;
import dev.burrow.domain.failure.InvalidInputException;
import dev.burrow.domain.user.PasswordHash;
import dev.burrow.domain.user.User;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LoginServiceTest {

    private static final String PASSWORD = "correct horse battery staple";
    private final Persistence persistence = Persistence.inMemory();
    private final TestData data = new TestData(persistence);
    private final SecureRandom random = new SecureRandom();
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"), ZoneOffset.UTC);
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

    private LoginUseCase login(PasswordHasher passwords) {
        TwoFactorUseCases twoFactor = TwoFactorUseCases.create(persistence.totpDevices(), persistence.backupCodes(),
                persistence.twoFactorSetups(), persistence.sessions(), persistence.users(),
                persistence.transactions(), persistence.rateLimiter(), clock, random);
        return LoginUseCases.create(persistence.users(), persistence.sessions(), twoFactor.secondFactorCheck(),
                passwords, persistence.rateLimiter(), persistence.transactions(), clock, random);
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
