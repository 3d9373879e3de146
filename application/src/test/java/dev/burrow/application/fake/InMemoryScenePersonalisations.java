package dev.burrow.application.fake;

import dev.burrow.application.scene.ScenePersonalisationRepository;
import dev.burrow.domain.scene.ScenePersonalisation;
import dev.burrow.domain.user.UserId;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Scene personalisations in memory, in the order they were first made. */
public final class InMemoryScenePersonalisations implements ScenePersonalisationRepository {

    private final InMemoryStore store;

    public InMemoryScenePersonalisations(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public Map<UserId, List<ScenePersonalisation>> ofUsers(Collection<UserId> users) {
        synchronized (store) {
            Map<UserId, List<ScenePersonalisation>> result = new HashMap<>();
            for (UserId user : users) {
                List<ScenePersonalisation> mine = store.scenes.stream().filter(s -> s.userId().equals(user)).toList();
                if (!mine.isEmpty()) {
                    result.put(user, mine);
                }
            }
            return result;
        }
    }

    @Override
    public void save(ScenePersonalisation personalisation) {
        synchronized (store) {
            for (int i = 0; i < store.scenes.size(); i++) {
                ScenePersonalisation existing = store.scenes.get(i);
                if (existing.userId().equals(personalisation.userId())
                        && existing.projectId().equals(personalisation.projectId())
                        && existing.scene().equals(personalisation.scene())) {
                    store.scenes.set(i, personalisation);
                    return;
                }
            }
            store.scenes.add(personalisation);
        }
    }
}
