package dev.burrow.application.scene;

import dev.burrow.domain.scene.ScenePersonalisation;
import dev.burrow.domain.user.UserId;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Where users' scene personalisations are kept. */
public interface ScenePersonalisationRepository {

    /** Each user's personalisations in the order they were first made; absent users have none. */
    Map<UserId, List<ScenePersonalisation>> ofUsers(Collection<UserId> users);

    /** Creates or replaces the personalisation for its (user, project, scene). */
    void save(ScenePersonalisation personalisation);
}
