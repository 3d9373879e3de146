package dev.burrow.jdbc.passkey;

import dev.burrow.application.passkey.WebauthnChallengeRepository;
import dev.burrow.domain.passkey.PasskeyChallenge;
import dev.burrow.jdbc.database.Database;
import dev.burrow.jdbc.database.Violation;
import org.jdbi.v3.core.JdbiException;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/** Challenges of ceremonies in progress in the {@code webauthn_challenges} table. */
public final class JdbiWebauthnChallenges implements WebauthnChallengeRepository {

    private final Database database;

    public JdbiWebauthnChallenges(Database database) {
        this.database = database;
    }

    // Delete, then insert: a new ceremony replaces the holder's last one. Two begins racing meet at the primary key,
    // where the loser tries once more and so replaces the winner's, as the later begin should.
    @Override
    public void put(PasskeyChallenge challenge) {
        WebauthnChallengeRow row = WebauthnChallengeRow.of(challenge);
        try {
            replace(row);
        } catch (JdbiException e) {
            if (!Violation.UNIQUE.causedBy(e)) {
                throw e;
            }
            replace(row);
        }
    }

    private void replace(WebauthnChallengeRow row) {
        database.inTransaction(() -> {
            database.run(WebauthnQueries.class, queries -> queries.deleteChallenge(row.holder(), row.ceremony()));
            database.attemptRun(WebauthnQueries.class, queries -> queries.insertChallenge(row));
            return null;
        });
    }

    /**
     * Read, then delete that very challenge: only the request whose delete removed the row has it, and a challenge put
     * in between is left for its own ceremony.
     */
    @Override
    public Optional<PasskeyChallenge> take(String holder, PasskeyChallenge.Ceremony ceremony) {
        String name = ceremony.name().toLowerCase(Locale.ROOT);
        Optional<WebauthnChallengeRow> row = database.call(WebauthnQueries.class,
                queries -> queries.challenge(holder, name));
        if (row.isEmpty()
                || database.call(WebauthnQueries.class,
                        queries -> queries.takeChallenge(holder, name, row.get().challenge())) == 0) {
            return Optional.empty();
        }
        return row.map(WebauthnChallengeRow::toChallenge);
    }

    @Override
    public int deleteExpired(Instant now) {
        return database.call(WebauthnQueries.class, queries -> queries.deleteExpiredChallenges(now));
    }
}
