package dev.burrow.application.passkey;

import dev.burrow.application.actor.Actor;
import dev.burrow.application.actor.Credential;
import dev.burrow.application.fake.MovableClock;
import dev.burrow.application.fake.Persistence;
import dev.burrow.application.fake.RecordingMailer;
import dev.burrow.application.fake.TestData;
import dev.burrow.domain.failure.BurrowException;
import dev.burrow.domain.failure.PermissionDeniedException;
import dev.burrow.domain.passkey.RelyingParty;
import dev.burrow.domain.passkey.WebauthnCredential;
import dev.burrow.domain.session.Session;
import dev.burrow.domain.user.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A host that calls the passkey use cases from Java, with a session of its own making, is held to the recent-login
 * gate as an HTTP caller is: the gate is the use cases', not the routes'.
 */
class PasskeyGateFromJavaTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-28T12:00:00Z"));
    private final Persistence persistence = Persistence.inMemory();
    private final SecureRandom random = new SecureRandom();
    /** No ceremony gets as far as the cryptography here. */
    private final PasskeyVerifier verifier = new PasskeyVerifier() {
        @Override
        public RelyingParty relyingParty() {
            return RelyingParty.forSite("https://burrow.example.com");
        }

        @Override
        public NewPasskey verifyRegistration(Attestation attestation, byte[] challenge) {
            throw new AssertionError("the gate comes first");
        }

        @Override
        public long verifyAssertion(Assertion assertion, byte[] challenge, WebauthnCredential credential) {
            throw new AssertionError("the gate comes first");
        }
    };
    private final PasskeyUseCases passkeys = PasskeyUseCases.create(persistence.webauthnCredentials(),
            persistence.webauthnChallenges(), verifier, persistence.users(), persistence.sessions(),
            persistence.rateLimiter(), new RecordingMailer(true), persistence.transactions(), clock, random,
            persistence.totpDevices());

    private Actor sessionOf(User user, Instant authenticatedAt) {
        Session session = Session.open(user.id(), authenticatedAt, random).session();
        persistence.sessions().add(session);
        return new Actor(user.id(), false, new Credential.Session(session.id(), authenticatedAt), user);
    }

    @Test
    void every_change_from_a_stale_session_is_refused() {
        User ada = new TestData(persistence).user("ada@example.com");
        WebauthnCredential key = WebauthnCredential.registered(ada.id(), new byte[]{1}, "Key", new byte[]{2}, -7, 0,
                List.of(), clock.instant(), random);
        persistence.webauthnCredentials().add(key);
        Actor stale = sessionOf(ada, clock.instant().minus(Duration.ofHours(2)));
        String id = key.id().toString();
        PasskeyAnswer answer = new PasskeyAnswer("AQ", "AQ", "AQ", "AQ", null);

        for (Executable change : List.<Executable>of(
                () -> passkeys.registration().begin(stale),
                () -> passkeys.registration().complete(stale, new RegistrationAnswer("AQ", "AQ", List.of(), null)),
                () -> passkeys.credentials().rename(stale, id, "New"),
                () -> passkeys.credentials().delete(stale, id),
                () -> passkeys.credentials().beginVerification(stale, id),
                () -> passkeys.credentials().completeVerification(stale, id, answer))) {
            assertThatThrownBy(change::execute).isInstanceOfSatisfying(PermissionDeniedException.class,
                    e -> assertThat(((BurrowException) e).code()).isEqualTo("sensitive_action_required_reauth"));
        }
        assertThat(persistence.webauthnCredentials().byId(key.id())).contains(key);
    }

    @Test
    void a_recent_session_may_begin_and_a_host_identity_is_told_it_needs_one() {
        User ada = new TestData(persistence).user("ada@example.com");

        assertThat(passkeys.registration().begin(sessionOf(ada, clock.instant())).rp().id())
                .isEqualTo("burrow.example.com");
        assertThatThrownBy(() -> passkeys.registration().begin(new Actor(ada.id(), false, new Credential.Host())))
                .isInstanceOf(PermissionDeniedException.class)
                .hasMessage("Passkeys need a session logged in to burrow itself (POST /api/login/).");
    }
}
