package dev.burrow.application.session;

import dev.burrow.application.actor.Actor;
import dev.burrow.application.actor.Credential;
import dev.burrow.application.credential.DjangoPasswordHasher;
import dev.burrow.application.credential.PasswordHasher;
import dev.burrow.application.fake.MovableClock;
import dev.burrow.application.fake.NoPasskeys;
import dev.burrow.application.fake.Persistence;
import dev.burrow.application.fake.TestData;
import dev.burrow.application.login.LoginUseCase;
import dev.burrow.application.login.LoginUseCases;
import dev.burrow.application.twofactor.TwoFactorUseCases;
import dev.burrow.domain.session.Session;
import dev.burrow.domain.user.User;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code location} is asked of the geolocation port when the list is built, from each session's kept address. */
class LoginSessionLocationTest {

    private static final String PASSWORD = "correct horse battery staple";

    private final Persistence persistence = Persistence.inMemory();
    private final SecureRandom random = new SecureRandom();
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-28T12:00:00Z"));
    private final PasswordHasher hasher = new DjangoPasswordHasher(1000, random);
    private final User ada = new TestData(persistence).user("ada@example.com", PASSWORD, hasher);
    private final LoginUseCase login = LoginUseCases.create(persistence.users(), persistence.sessions(),
            TwoFactorUseCases.create(persistence.totpDevices(), persistence.backupCodes(),
                    persistence.twoFactorSetups(), persistence.sessions(), persistence.users(),
                    persistence.transactions(), persistence.rateLimiter(), clock, random,
                    persistence.webauthnCredentials()).secondFactorCheck(),
            hasher, persistence.rateLimiter(), persistence.transactions(), clock, random, NoPasskeys.LOGIN_CHECK);

    @Test
    void each_session_is_placed_by_its_last_address_and_an_unplaced_one_is_null() {
        Session.Opened paris = logIn("81.2.69.160");
        logIn("10.0.0.1");
        Map<String, String> places = Map.of("81.2.69.160", "Paris, France");
        LoginSessionsUseCase sessions = LoginSessionsUseCases.create(persistence.sessions(), clock,
                address -> Optional.ofNullable(places.get(address)));

        assertThat(sessions.list(actorOf(paris))).extracting(LoginSessionsUseCase.LoginSession::location)
                .containsExactly("Paris, France", null);
    }

    @Test
    void a_database_that_fails_leaves_the_location_null_and_the_list_whole() {
        Session.Opened opened = logIn("81.2.69.160");
        LoginSessionsUseCase sessions = LoginSessionsUseCases.create(persistence.sessions(), clock, address -> {
            throw new IllegalStateException("the database cannot be read");
        });

        assertThat(sessions.list(actorOf(opened))).singleElement()
                .extracting(LoginSessionsUseCase.LoginSession::location).isNull();
    }

    @Test
    void without_a_database_every_location_is_null() {
        Session.Opened opened = logIn("81.2.69.160");

        assertThat(LoginSessionsUseCases.create(persistence.sessions(), clock).list(actorOf(opened)))
                .singleElement().extracting(LoginSessionsUseCase.LoginSession::location).isNull();
    }

    private Session.Opened logIn(String address) {
        return ((LoginUseCase.LoggedIn) login.logIn(new LoginUseCase.Credentials("ada@example.com", PASSWORD,
                address, "Mozilla/5.0 (X11; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0", null)))
                .session();
    }

    private Actor actorOf(Session.Opened opened) {
        Session session = persistence.sessions().byId(opened.session().id()).orElseThrow();
        return Actor.of(ada, new Credential.Session(session.id(), session.authenticatedAt()));
    }
}
