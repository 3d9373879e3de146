package dev.burrow.application.fake;

import dev.burrow.application.autonomy.SignalAutonomyRepository;
import dev.burrow.domain.autonomy.SignalAutonomy;
import dev.burrow.domain.user.UserId;

import java.util.Optional;

/** Signal autonomy settings in memory, one per user as the unique key on the table has it. */
public final class InMemorySignalAutonomy implements SignalAutonomyRepository {

    private final InMemoryStore store;

    public InMemorySignalAutonomy(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public Optional<SignalAutonomy> of(UserId userId) {
        synchronized (store) {
            return Optional.ofNullable(store.signalAutonomy.get(userId));
        }
    }

    @Override
    public boolean add(SignalAutonomy autonomy) {
        synchronized (store) {
            if (!store.users.containsKey(autonomy.userId().value())) {
                throw new IllegalStateException("no user " + autonomy.userId());
            }
            return store.signalAutonomy.putIfAbsent(autonomy.userId(), autonomy) == null;
        }
    }

    @Override
    public boolean update(SignalAutonomy autonomy) {
        synchronized (store) {
            return store.signalAutonomy.replace(autonomy.userId(), autonomy) != null;
        }
    }

    @Override
    public void delete(UserId userId) {
        synchronized (store) {
            store.signalAutonomy.remove(userId);
        }
    }
}
