package dev.burrow.application.contract;

import dev.burrow.application.autonomy.SignalAutonomyRepository;
import dev.burrow.domain.autonomy.AutonomyPriority;
import dev.burrow.domain.autonomy.SignalAutonomy;
import dev.burrow.domain.user.User;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link SignalAutonomyRepository} must do: at most one row per user, whoever writes first. */
public abstract class SignalAutonomyRepositoryContract extends PersistenceContract {

    private SignalAutonomyRepository settings() {
        return persistence.signalAutonomy();
    }

    @Test
    void settings_survive_a_round_trip() {
        User ada = data.user("ada@example.com");
        SignalAutonomy created = SignalAutonomy.create(UUID.randomUUID(), ada.id(), data.now());

        assertThat(settings().of(ada.id())).isEmpty();
        assertThat(settings().add(created)).isTrue();
        assertThat(settings().of(ada.id())).contains(created);

        SignalAutonomy changed = created.withAutostartPriority(AutonomyPriority.P2, data.tick());
        assertThat(settings().update(changed)).isTrue();
        assertThat(settings().of(ada.id())).contains(changed);
        assertThat(settings().of(data.user("bob@example.com").id())).isEmpty();
    }

    @Test
    void timestamps_keep_microseconds() {
        User ada = data.user("ada@example.com");
        SignalAutonomy created = SignalAutonomy.create(UUID.randomUUID(), ada.id(),
                Instant.parse("2026-11-28T10:00:00.123456789Z"));

        settings().add(created);

        assertThat(settings().of(ada.id()).orElseThrow().createdAt())
                .isEqualTo(Instant.parse("2026-11-28T10:00:00.123456Z"));
    }

    @Test
    void a_second_add_for_the_same_user_is_refused_and_changes_nothing() {
        User ada = data.user("ada@example.com");
        SignalAutonomy first = SignalAutonomy.create(UUID.randomUUID(), ada.id(), data.now())
                .withAutostartPriority(AutonomyPriority.P0, data.now());
        settings().add(first);

        boolean added = settings().add(SignalAutonomy.create(UUID.randomUUID(), ada.id(), data.tick()));

        assertThat(added).isFalse();
        assertThat(settings().of(ada.id())).contains(first);
    }

    @Test
    void an_update_without_a_row_reports_it() {
        User ada = data.user("ada@example.com");

        boolean updated = settings().update(SignalAutonomy.create(UUID.randomUUID(), ada.id(), data.now()));

        assertThat(updated).isFalse();
        assertThat(settings().of(ada.id())).isEmpty();
    }

    @Test
    void delete_forgets_only_that_user_and_is_fine_twice() {
        User ada = data.user("ada@example.com");
        User bob = data.user("bob@example.com");
        settings().add(SignalAutonomy.create(UUID.randomUUID(), ada.id(), data.now()));
        SignalAutonomy bobs = SignalAutonomy.create(UUID.randomUUID(), bob.id(), data.now());
        settings().add(bobs);

        settings().delete(ada.id());
        settings().delete(ada.id());

        assertThat(settings().of(ada.id())).isEmpty();
        assertThat(settings().of(bob.id())).contains(bobs);
    }

    @Test
    void deleting_the_user_deletes_their_settings() {
        User ada = data.user("ada@example.com");
        settings().add(SignalAutonomy.create(UUID.randomUUID(), ada.id(), data.now()));

        assertThat(persistence.users().delete(ada.id())).isTrue();

        assertThat(settings().of(ada.id())).isEmpty();
    }

    @Test
    void racing_first_adds_leave_exactly_one_row() throws Exception {
        User ada = data.user("ada@example.com");

        List<Boolean> added = Race.run(8, i -> () -> settings().add(
                SignalAutonomy.create(UUID.randomUUID(), ada.id(), data.now())));

        assertThat(added.stream().filter(Boolean::booleanValue)).hasSize(1);
        assertThat(settings().of(ada.id())).isPresent();
    }
}
