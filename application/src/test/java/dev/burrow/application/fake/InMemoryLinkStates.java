package dev.burrow.application.fake;

import dev.burrow.application.github.LinkStateRepository;
import dev.burrow.domain.github.LinkState;

import java.time.Instant;
import java.util.Optional;

/** Started GitHub links in memory, each taken at most once. */
public final class InMemoryLinkStates implements LinkStateRepository {

    private final InMemoryStore store;

    public InMemoryLinkStates(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public void save(LinkState state) {
        synchronized (store) {
            store.linkStates.put(state.tokenHash(), state);
        }
    }

    @Override
    public Optional<LinkState> take(String tokenHash) {
        synchronized (store) {
            return Optional.ofNullable(store.linkStates.remove(tokenHash));
        }
    }

    @Override
    public void deleteExpired(Instant now) {
        synchronized (store) {
            store.linkStates.values().removeIf(state -> !state.isLiveAt(now));
        }
    }
}
