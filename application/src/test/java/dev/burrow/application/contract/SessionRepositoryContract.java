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

    private Session open(User user, Instant at) {
        Session session = Session.open(user.id(), at, random).session();
        sessions().add(session);
        return session;
    }
}
