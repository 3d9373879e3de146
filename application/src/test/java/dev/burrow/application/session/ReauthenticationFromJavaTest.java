package dev.burrow.application.session;

import dev.burrow.application.actor.Actor;
import dev.burrow.application.actor.Credential;
import dev.burrow.application.throttle.SensitiveActions;
import dev.burrow.application.credential.DjangoPasswordHasher;
import dev.burrow.application.credential.PasswordHasher;
import dev.burrow.application.fake.MovableClock;
import dev.burrow.application.fake.NoPasskeys;
import dev.burrow.application.fake.Persistence;
import dev.burrow.application.fake.TestData;
import dev.burrow.application.login.LoginUseCase;
import dev.burrow.application.login.LoginUseCases;
import dev.burrow.application.twofactor.TwoFactorUseCases;
import dev.burrow.domain.apikey.ApiScopes;
import dev.burrow.domain.failure.BurrowException;
import dev.burrow.domain.failure.NotFoundException;
import dev.burrow.domain.failure.PermissionDeniedException;
import dev.burrow.domain.session.Session;
import dev.burrow.domain.twofactor.Totp;
import dev.burrow.domain.twofactor.TotpDevice;
import dev.burrow.domain.twofactor.TotpSecret;
import dev.burrow.domain.user.User;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The gates on login sessions and the re-authentication that reopens them, called from Java as an embedding host
 * calls the use cases: no HTTP in between, the same decisions.
 */
class ReauthenticationFromJavaTest {

    private static final String PASSWORD = "correct horse battery staple";
    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    private final Persistence persistence = Persistence.inMemory();
    private final TestData data = new TestData(persistence);
    private final SecureRandom random = new SecureRandom();
    private final MovableClock clock = new MovableClock(NOW);
    private final PasswordHasher hasher = new DjangoPasswordHasher(1000, random);
    private final User ada = data.user("ada@example.com", PASSWORD, hasher);
    private final LoginSessionsUseCase loginSessions = LoginSessionsUseCases.create(persistence.sessions(), clock);
    private final TwoFactorUseCases twoFactor = TwoFactorUseCases.create(persistence.totpDevices(),
            persistence.backupCodes(), persistence.twoFactorSetups(), persistence.sessions(), persistence.users(),
            persistence.transactions(), persistence.rateLimiter(), clock, random, persistence.webauthnCredentials());
    private final LoginUseCase login = LoginUseCases.create(persistence.users(), persistence.sessions(),
            twoFactor.secondFactorCheck(), hasher, persistence.rateLimiter(), persistence.transactions(), clock,
            random, NoPasskeys.LOGIN_CHECK);

    @Test
    void ending_logins_needs_a_login_from_the_last_two_hours_but_listing_does_not() {
        Session.Opened laptop = logIn(null);
        Session.Opened phone = logIn(null);
        clock.advance(Duration.ofHours(2).plusSeconds(1));
        Actor stale = actorOf(laptop);

        assertThatThrownBy(() -> loginSessions.revokeOthers(stale)).satisfies(reauth());
        assertThatThrownBy(() -> loginSessions.revoke(stale, phone.session().publicId().toString()))
                .satisfies(reauth());
        assertThat(loginSessions.list(stale)).hasSize(2);
        assertThat(persistence.sessions().byId(phone.session().id())).isPresent();

        // A key never reaches login sessions; a host's caller is not a session, and passes the gate.
        Actor key = new Actor(ada.id(), false, new Credential.PersonalApiKey("k", ApiScopes.ALL));
        assertThatThrownBy(() -> loginSessions.list(key)).isInstanceOf(PermissionDeniedException.class);
        Actor host = new Actor(ada.id(), false, new Credential.Host());
        assertThatThrownBy(() -> loginSessions.revoke(host, "3f2b6c1e-9a0d-4e4f-8b7a-1c2d3e4f5a6b"))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("Login session not found.");
        assertThat(loginSessions.revokeOthers(host)).isEqualTo(2);
    }

    @Test
    void a_password_login_inside_the_session_reopens_the_window_and_keeps_the_entry() {
        Session.Opened first = logIn(null);
        clock.advance(Duration.ofHours(3));

        Session.Opened again = logIn(first.key());

        assertThat(again.key()).isNotEqualTo(first.key());
        assertThat(persistence.sessions().byId(first.session().id())).as("the old key opens nothing").isEmpty();
        Session reopened = again.session();
        assertThat(reopened.publicId()).isEqualTo(first.session().publicId());
        assertThat(reopened.createdAt()).isEqualTo(NOW);
        assertThat(reopened.authenticatedAt()).isEqualTo(clock.instant());
        Actor actor = actorOf(again);
        assertThat(SensitiveActions.expiresAt(actor)).isEqualTo(clock.instant().plus(Duration.ofHours(2)));
        SensitiveActions.requireFresh(actor, clock.instant());
        assertThat(loginSessions.revokeOthers(actor)).isZero();
        assertThat(loginSessions.list(actor)).singleElement()
                .satisfies(entry -> assertThat(entry.id()).isEqualTo(first.session().publicId()));
    }

    @Test
    void with_2fa_the_second_step_completes_the_reauthentication() {
        TotpSecret secret = TotpSecret.generate(random);
        persistence.totpDevices().save(TotpDevice.confirmed(ada.id(), secret, 0, NOW));
        Session.Opened first = complete(login.logIn(credentials(null)), secret);
        clock.advance(Duration.ofHours(3));

        LoginUseCase.LoginOutcome step = login.logIn(credentials(first.key()));
        assertThat(step).isInstanceOf(LoginUseCase.SecondFactorRequired.class);
        assertThat(persistence.sessions().byId(first.session().id())).as("kept until the code comes").isPresent();
        Session.Opened again = complete(step, secret);

        assertThat(persistence.sessions().byId(first.session().id())).isEmpty();
        assertThat(again.session().publicId()).isEqualTo(first.session().publicId());
        assertThat(again.session().authenticatedAt()).isEqualTo(clock.instant());
        assertThat(loginSessions.list(actorOf(again))).hasSize(1);
    }

    @Test
    void a_login_as_someone_else_ends_the_session_the_browser_had() {
        data.user("bob@example.com", PASSWORD, hasher);
        Session.Opened adas = logIn(null);

        LoginUseCase.LoginOutcome bobs = login.logIn(new LoginUseCase.Credentials("bob@example.com", PASSWORD,
                "10.0.0.1", null, adas.key()));

        assertThat(bobs).isInstanceOf(LoginUseCase.LoggedIn.class);
        assertThat(persistence.sessions().byId(adas.session().id())).isEmpty();
    }

    private Session.Opened logIn(String sessionKey) {
        return ((LoginUseCase.LoggedIn) login.logIn(credentials(sessionKey))).session();
    }

    private Session.Opened complete(LoginUseCase.LoginOutcome outcome, TotpSecret secret) {
        String pending = ((LoginUseCase.SecondFactorRequired) outcome).pending().key();
        return login.completeLogIn(pending, Totp.code(secret, Totp.step(clock.instant())));
    }

    private static LoginUseCase.Credentials credentials(String sessionKey) {
        return new LoginUseCase.Credentials("ada@example.com", PASSWORD, "10.0.0.1",
                "Mozilla/5.0 (X11; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0", sessionKey);
    }

    private Actor actorOf(Session.Opened opened) {
        Session session = persistence.sessions().byId(opened.session().id()).orElseThrow();
        return Actor.of(ada, new Credential.Session(session.id(), session.authenticatedAt()));
    }

    private static Consumer<Throwable> reauth() {
        return e -> {
            assertThat(e).isInstanceOf(PermissionDeniedException.class)
                    .hasMessageContaining("This action requires you to be recently authenticated.");
            assertThat(((BurrowException) e).code()).isEqualTo(SensitiveActions.CODE);
        };
    }
}
