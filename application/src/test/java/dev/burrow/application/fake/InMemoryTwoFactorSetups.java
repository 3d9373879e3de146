package dev.burrow.application.fake;

import dev.burrow.application.twofactor.TwoFactorSetupRepository;
import dev.burrow.domain.twofactor.TwoFactorSetup;

import java.util.Optional;

/** Pending 2FA setups in memory. */
public final class InMemoryTwoFactorSetups implements TwoFactorSetupRepository {

    private final InMemoryStore store;

    public InMemoryTwoFactorSetups(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public void save(TwoFactorSetup setup) {
        synchronized (store) {
            if (!store.sessions.containsKey(setup.sessionId())) {
                throw new IllegalStateException("no session " + setup.sessionId());
            }
            store.twoFactorSetups.put(setup.sessionId(), setup);
        }
    }

    @Override
    public Optional<TwoFactorSetup> ofSession(String sessionId) {
        synchronized (store) {
            return Optional.ofNullable(store.twoFactorSetups.get(sessionId));
        }
    }

    @Override
    public void delete(String sessionId) {
        synchronized (store) {
            store.twoFactorSetups.remove(sessionId);
        }
    }
}
