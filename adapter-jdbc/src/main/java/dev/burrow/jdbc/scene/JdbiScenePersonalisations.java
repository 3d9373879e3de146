package dev.burrow.jdbc.scene;

import dev.burrow.application.scene.ScenePersonalisationRepository;
import dev.burrow.domain.scene.ScenePersonalisation;
import dev.burrow.domain.user.UserId;
import dev.burrow.jdbc.database.Database;
import dev.burrow.jdbc.database.Violation;
import org.jdbi.v3.core.JdbiException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Scene personalisations in the {@code scene_personalisations} table. */
public final class JdbiScenePersonalisations implements ScenePersonalisationRepository {

    private final Database database;

    public JdbiScenePersonalisations(Database database) {
        this.database = database;
    }

    @Override
    public Map<UserId, List<ScenePersonalisation>> ofUsers(Collection<UserId> users) {
        Set<Long> ids = new LinkedHashSet<>();
        users.forEach(user -> ids.add(user.value()));
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UserId, List<ScenePersonalisation>> result = new LinkedHashMap<>();
        for (ScenePersonalisationRow row : database.listIn(ScenePersonalisationQueries.OF_USERS, "users", ids,
                ScenePersonalisationRow.class)) {
            ScenePersonalisation personalisation = row.toPersonalisation();
            result.computeIfAbsent(personalisation.userId(), user -> new ArrayList<>()).add(personalisation);
        }
        return result;
    }

    @Override
    public void save(ScenePersonalisation personalisation) {
        ScenePersonalisationRow row = ScenePersonalisationRow.of(personalisation);
        try {
            if (replace(row) == 0) {
                insertOrReplace(row);
            }
        } catch (JdbiException e) {
            if (Violation.FOREIGN_KEY.causedBy(e)) {
                throw new IllegalStateException("no user, project or dashboard for " + personalisation, e);
            }
            throw e;
        }
    }

    private int replace(ScenePersonalisationRow row) {
        return database.attemptCall(ScenePersonalisationQueries.class, queries -> queries.replace(row));
    }

    // Update, else insert: H2 knows `on conflict do nothing` but not `do update` (it takes no conflict target), so
    // an upsert that changes the row is spelled this way on both databases. Two first saves racing each other meet
    // at the unique key, and the loser's insert becomes an update.
    private void insertOrReplace(ScenePersonalisationRow row) {
        try {
            database.attemptRun(ScenePersonalisationQueries.class, queries -> queries.insert(row));
        } catch (JdbiException e) {
            if (!Violation.UNIQUE.causedBy(e)) {
                throw e;
            }
            replace(row);
        }
    }
}
