package dev.burrow.jdbc.autonomy;

import dev.burrow.application.autonomy.SignalAutonomyRepository;
import dev.burrow.domain.autonomy.SignalAutonomy;
import dev.burrow.domain.user.UserId;
import dev.burrow.jdbc.database.Database;
import dev.burrow.jdbc.database.Violation;
import org.jdbi.v3.core.JdbiException;

import java.util.Optional;

/** Users' signal autonomy settings in the {@code signal_autonomy_configs} table, one row per user at most. */
public final class JdbiSignalAutonomy implements SignalAutonomyRepository {

    private final Database database;

    public JdbiSignalAutonomy(Database database) {
        this.database = database;
    }

    @Override
    public Optional<SignalAutonomy> of(UserId userId) {
        return database.call(SignalAutonomyQueries.class, queries -> queries.byUser(userId.value()))
                .map(SignalAutonomyRow::toAutonomy);
    }

    /**
     * One {@code insert ... on conflict do nothing}, which H2 (in PostgreSQL mode) and PostgreSQL both accept: a
     * user who already has a row, or gets one from a racing first add, makes it insert nothing (0) rather than
     * fail. PostgreSQL waits for a racing uncommitted insert of the same user before deciding, and H2 resolves
     * the race the same way, so exactly one add wins. With no failed statement there is no aborted PostgreSQL
     * transaction; the savepoint {@code attemptCall} takes inside one is only for a missing user, a foreign key
     * the clause does not cover.
     */
    @Override
    public boolean add(SignalAutonomy autonomy) {
        SignalAutonomyRow row = SignalAutonomyRow.of(autonomy);
        try {
            return database.attemptCall(SignalAutonomyQueries.class, queries -> queries.insertIfAbsent(row)) == 1;
        } catch (JdbiException e) {
            if (Violation.FOREIGN_KEY.causedBy(e)) {
                throw new IllegalStateException("no user " + autonomy.userId(), e);
            }
            throw e;
        }
    }

    @Override
    public boolean update(SignalAutonomy autonomy) {
        SignalAutonomyRow row = SignalAutonomyRow.of(autonomy);
        return database.call(SignalAutonomyQueries.class, queries -> queries.replace(row)) == 1;
    }

    @Override
    public void delete(UserId userId) {
        database.run(SignalAutonomyQueries.class, queries -> queries.delete(userId.value()));
    }
}
