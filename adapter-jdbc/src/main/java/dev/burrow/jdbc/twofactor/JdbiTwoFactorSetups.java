package dev.burrow.jdbc.twofactor;

import dev.burrow.application.twofactor.TwoFactorSetupRepository;
import dev.burrow.domain.twofactor.TwoFactorSetup;
import dev.burrow.jdbc.database.Database;
import dev.burrow.jdbc.database.Violation;
import org.jdbi.v3.core.JdbiException;

import java.util.Optional;

/** Pending 2FA setups in the {@code two_factor_setups} table; a setup goes when its session does. */
public final class JdbiTwoFactorSetups implements TwoFactorSetupRepository {

    private final Database database;

    public JdbiTwoFactorSetups(Database database) {
        this.database = database;
    }

    @Override
    public void save(TwoFactorSetup setup) {
        TwoFactorSetupRow row = TwoFactorSetupRow.of(setup);
        try {
            if (replace(row) == 0) {
                insertOrReplace(row);
            }
        } catch (JdbiException e) {
            if (Violation.FOREIGN_KEY.causedBy(e)) {
                throw new IllegalStateException("no session " + setup.sessionId() + " or user " + setup.userId(), e);
            }
            throw e;
        }
    }

    @Override
    public Optional<TwoFactorSetup> ofSession(String sessionId) {
        return database.call(TwoFactorQueries.class, queries -> queries.setup(sessionId))
                .map(TwoFactorSetupRow::toSetup);
    }

    @Override
    public void delete(String sessionId) {
        database.run(TwoFactorQueries.class, queries -> queries.deleteSetup(sessionId));
    }

    private int replace(TwoFactorSetupRow row) {
        return database.attemptCall(TwoFactorQueries.class, queries -> queries.replaceSetup(row));
    }

    // Update, else insert: a restarted setup replaces the session's earlier one, and two racing starts meet at the
    // primary key, where the loser's insert becomes an update.
    private void insertOrReplace(TwoFactorSetupRow row) {
        try {
            database.attemptRun(TwoFactorQueries.class, queries -> queries.insertSetup(row));
        } catch (JdbiException e) {
            if (!Violation.UNIQUE.causedBy(e)) {
                throw e;
            }
            replace(row);
        }
    }
}
