package dev.burrow.application.contract;

import dev.burrow.application.session.SessionRepository;
import dev.burrow.domain.session.Session;
import dev.burrow.domain.user.User;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link SessionRepository} must do. */
public abstract class SessionRepositoryContract extends PersistenceContract {

    private final SecureRandom random = new SecureRandom();

    private SessionRepository sessions() {
        return persistence.sessions();
    }

    @Test
    void a_session_is_found_by_the_hash_of_its_key() {
        User ada = data.user("ada@example.com");
        Session.Opened opened = Session.open(ada.id(), Instant.parse("2026-11-28T12:00:00.123456Z"), random);
        Session.Opened pending = Session.awaitSecondFactor(ada.id(), Instant.parse("2026-11-28T12:00:00Z"), random);

        sessions().add(opened.session());
        sessions().add(pending.session());

        assertThat(sessions().byId(Session.idOf(opened.key()))).contains(opened.session());
        assertThat(sessions().byId(Session.idOf(pending.key()))).contains(pending.session());
        assertThat(sessions().byId(opened.key())).isEmpty();
    }

    @Test
    void a_session_is_found_with_its_user_in_one_read() {
        User ada = data.user("ada@example.com");
        Session.Opened opened = Session.open(ada.id(), Instant.parse("2026-11-28T12:00:00.123456Z"), random);
        sessions().add(opened.session());

        SessionRepository.SessionAndUser found = sessions().findWithUser(Session.idOf(opened.key())).orElseThrow();
        assertThat(found.session()).isEqualTo(opened.session());
        assertThat(found.user().id()).isEqualTo(ada.id());
        assertThat(found.user().email()).isEqualTo(ada.email());
        assertThat(sessions().findWithUser(opened.key())).isEmpty();
    }

    @Test
    void ending_sessions_one_all_or_all_but_one() {
        User ada = data.user("ada@example.com");
        User bob = data.user("bob@example.com");
        Instant now = data.now();
        Session first = open(ada, now);
        Session second = open(ada, now);
        Session third = open(ada, now);
        Session bobs = open(bob, now);

        sessions().delete(first.id());
        assertThat(sessions().byId(first.id())).isEmpty();

        assertThat(sessions().deleteAllOf(ada.id(), second.id())).isOne();
        assertThat(sessions().byId(second.id())).isPresent();
        assertThat(sessions().byId(third.id())).isEmpty();

        assertThat(sessions().deleteAllOf(ada.id(), null)).isOne();
        assertThat(sessions().byId(second.id())).isEmpty();
        assertThat(sessions().byId(bobs.id())).isPresent();
    }

    @Test
    void expired_sessions_are_forgotten() {
        User ada = data.user("ada@example.com");
        Instant now = Instant.parse("2026-11-28T12:00:00Z");
        Session old = open(ada, now.minus(Session.LIFETIME).minus(Duration.ofSeconds(1)));
        Session current = open(ada, now.minus(Duration.ofDays(1)));

        assertThat(sessions().deleteExpired(now)).isOne();

        assertThat(sessions().byId(old.id())).isEmpty();
        assertThat(sessions().byId(current.id())).isPresent();
    }

    // Login sessions.

    @Test
    void a_session_keeps_what_its_login_session_shows() {
        User ada = data.user("ada@example.com");
        Instant now = Instant.parse("2026-11-28T12:00:00.123456Z");
        Session.Opened opened = Session.open(ada.id(), now, random,
                new Session.Origin("2001:db8::1", "Firefox 120 on Windows", "password"));
        Session pending = Session.awaitSecondFactor(ada.id(), now, random, Session.Origin.UNKNOWN, opened.session().id())
                .session();

        sessions().add(opened.session());
        sessions().add(pending);

        Session read = sessions().byId(opened.session().id()).orElseThrow();
        assertThat(read).isEqualTo(opened.session());
        assertThat(read.activity()).isEqualTo(new Session.Activity(now, "2001:db8::1", "Firefox 120 on Windows"));
        assertThat(read.loginMethod()).isEqualTo("password");
        assertThat(read.publicId()).isEqualTo(opened.session().publicId()).isNotNull();
        assertThat(sessions().byId(pending.id()).orElseThrow().reauthenticates()).isEqualTo(opened.session().id());
    }

    @Test
    void the_active_logins_of_a_user_are_listed_without_second_factor_steps_or_expired_ones() {
        User ada = data.user("ada@example.com");
        User bob = data.user("bob@example.com");
        Instant now = Instant.parse("2026-11-28T12:00:00Z");
        Session first = open(ada, now.minus(Duration.ofDays(1)));
        Session second = open(ada, now);
        open(ada, now.minus(Session.LIFETIME));
        sessions().add(Session.awaitSecondFactor(ada.id(), now, random).session());
        open(bob, now);

        assertThat(sessions().activeOf(ada.id(), now)).containsExactlyInAnyOrder(first, second);
    }

    @Test
    void activity_is_written_once_per_interval_whoever_writes_it() {
        User ada = data.user("ada@example.com");
        Instant now = Instant.parse("2026-11-28T12:00:00Z");
        Session session = open(ada, now);
        Instant later = now.plus(Session.ACTIVITY_INTERVAL);
        Session.Activity activity = new Session.Activity(later, "10.0.0.9", "curl 8");

        assertThat(sessions().recordActivity(session.id(), activity, later.minus(Session.ACTIVITY_INTERVAL)))
                .isTrue();
        assertThat(sessions().recordActivity(session.id(), new Session.Activity(later.plusSeconds(1), "10.0.0.8",
                "curl 9"), later.plusSeconds(1).minus(Session.ACTIVITY_INTERVAL))).isFalse();
        assertThat(sessions().recordActivity("no such session", activity, later)).isFalse();

        Session read = sessions().byId(session.id()).orElseThrow();
        assertThat(read.activity()).isEqualTo(activity);
        assertThat(read.publicId()).isEqualTo(session.publicId());
        assertThat(read.authenticatedAt()).isEqualTo(session.authenticatedAt());
    }

    private Session open(User user, Instant at) {
        Session session = Session.open(user.id(), at, random).session();
        sessions().add(session);
        return session;
    }
}
