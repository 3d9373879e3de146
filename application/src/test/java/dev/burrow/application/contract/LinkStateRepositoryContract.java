package dev.burrow.application.contract;

import dev.burrow.application.github.LinkStateRepository;
import dev.burrow.domain.github.InstallationId;
import dev.burrow.domain.github.LinkFlow;
import dev.burrow.domain.github.LinkState;
import dev.burrow.domain.user.User;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link LinkStateRepository} must do: each state is taken at most once. */
public abstract class LinkStateRepositoryContract extends PersistenceContract {

    private LinkStateRepository states() {
        return persistence.linkStates();
    }

    @Test
    void a_state_survives_a_round_trip_and_is_taken_once() {
        User ada = data.user("ada@example.com");
        LinkState state = new LinkState(LinkState.hash("token-1"), ada.id(), LinkFlow.OAUTH_AUTHORIZE,
                new InstallationId(42), "posthog_code", Instant.parse("2026-11-28T10:10:00.123456Z"));
        LinkState bare = new LinkState(LinkState.hash("token-2"), ada.id(), LinkFlow.APP_INSTALL, null, null,
                Instant.parse("2026-11-28T10:10:00Z"));
        states().save(state);
        states().save(bare);

        assertThat(states().take(state.tokenHash())).contains(state);
        assertThat(states().take(state.tokenHash())).isEmpty();
        assertThat(states().take(bare.tokenHash())).contains(bare);
        assertThat(states().take(LinkState.hash("unknown"))).isEmpty();
    }

    @Test
    void expired_states_are_forgotten() {
        User ada = data.user("ada@example.com");
        Instant now = Instant.parse("2026-11-28T10:00:00Z");
        LinkState old = new LinkState(LinkState.hash("old"), ada.id(), LinkFlow.APP_INSTALL, null, null,
                now.minusSeconds(1));
        LinkState live = new LinkState(LinkState.hash("live"), ada.id(), LinkFlow.APP_INSTALL, null, null,
                now.plusSeconds(60));
        states().save(old);
        states().save(live);

        states().deleteExpired(now);

        assertThat(states().take(old.tokenHash())).isEmpty();
        assertThat(states().take(live.tokenHash())).contains(live);
    }

    @Test
    void deleting_the_user_forgets_their_states() {
        User ada = data.user("ada@example.com");
        LinkState state = new LinkState(LinkState.hash("t"), ada.id(), LinkFlow.APP_INSTALL, null, null,
                data.now().plusSeconds(600));
        states().save(state);

        assertThat(persistence.users().delete(ada.id())).isTrue();

        assertThat(states().take(state.tokenHash())).isEmpty();
    }

    @Test
    void racing_takes_of_one_state_give_it_to_one() throws Exception {
        User ada = data.user("ada@example.com");
        LinkState state = new LinkState(LinkState.hash("race"), ada.id(), LinkFlow.APP_INSTALL, null, null,
                data.now().plusSeconds(600));
        states().save(state);

        List<Optional<LinkState>> taken = Race.run(8, i -> () -> states().take(state.tokenHash()));

        assertThat(taken.stream().filter(Optional::isPresent)).hasSize(1);
    }
}
