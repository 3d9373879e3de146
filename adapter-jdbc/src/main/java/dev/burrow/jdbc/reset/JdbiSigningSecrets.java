package dev.burrow.jdbc.reset;

import dev.burrow.application.reset.SigningSecretRepository;
import dev.burrow.application.reset.SigningSecrets;
import dev.burrow.jdbc.database.Database;
import dev.burrow.jdbc.database.Violation;
import org.jdbi.v3.core.JdbiException;

/** Signing secrets in the {@code signing_secrets} table, which every server instance shares. */
public final class JdbiSigningSecrets implements SigningSecretRepository {

    private final Database database;

    public JdbiSigningSecrets(Database database) {
        this.database = database;
    }

    /**
     * One read once the secret exists; the first time, an insert that loses quietly to a racing instance (on
     * H2, a racing insert may still fail at the primary key: then the winner's row is there to read).
     */
    @Override
    public SigningSecrets secrets(String purpose, String candidate) {
        return database.call(SigningSecretQueries.class, queries -> queries.byPurpose(purpose)).orElseGet(() -> {
            try {
                database.attemptRun(SigningSecretQueries.class, queries -> queries.insertIfAbsent(purpose, candidate));
            } catch (JdbiException e) {
                if (!Violation.UNIQUE.causedBy(e)) {
                    throw e;
                }
            }
            return database.call(SigningSecretQueries.class, queries -> queries.byPurpose(purpose)).orElseThrow();
        }).toSecrets();
    }

    @Override
    public void rotate(String purpose, String next) {
        database.inTransaction(() -> database.call(SigningSecretQueries.class, queries -> {
            if (queries.rotate(purpose, next) == 0) {
                queries.insertIfAbsent(purpose, next);
            }
            return null;
        }));
    }
}
