package dev.burrow.jdbc.github;

import dev.burrow.application.github.LinkStateRepository;
import dev.burrow.domain.github.LinkState;
import dev.burrow.jdbc.database.Database;
import dev.burrow.jdbc.database.Violation;
import org.jdbi.v3.core.JdbiException;

import java.time.Instant;
import java.util.Optional;

/**
 * Started GitHub links in the {@code github_link_states} table, so that any server instance can finish one; each is
 * taken at most once.
 */
public final class JdbiLinkStates implements LinkStateRepository {

    private final Database database;

    public JdbiLinkStates(Database database) {
        this.database = database;
    }

    @Override
    public void save(LinkState state) {
        LinkStateRow row = LinkStateRow.of(state);
        try {
            database.attemptRun(LinkStateQueries.class, queries -> queries.insert(row));
        } catch (JdbiException e) {
            if (Violation.FOREIGN_KEY.causedBy(e)) {
                throw new IllegalStateException("no user " + state.userId(), e);
            }
            if (Violation.UNIQUE.causedBy(e)) {
                throw new IllegalStateException("link state already exists", e);
            }
            throw e;
        }
    }

    /**
     * H2 has no {@code delete ... returning}, so the row is read under a lock ({@code select ... for update}) and
     * then deleted, in one transaction. A racing take waits for the lock and then finds the row gone; should it
     * still have read it, its delete removes nothing, and only the take whose delete removed the row returns it.
     */
    @Override
    public Optional<LinkState> take(String tokenHash) {
        return database.inTransaction(() -> database.call(LinkStateQueries.class, queries -> {
            Optional<LinkStateRow> row = queries.locked(tokenHash);
            if (row.isEmpty() || queries.delete(tokenHash) != 1) {
                return Optional.<LinkState>empty();
            }
            return row.map(LinkStateRow::toState);
        }));
    }

    @Override
    public void deleteExpired(Instant now) {
        database.run(LinkStateQueries.class, queries -> queries.deleteExpired(now));
    }
}
