package dev.burrow.jdbc.user;

import dev.burrow.application.user.EmailVerificationRepository;
import dev.burrow.domain.user.UserId;
import dev.burrow.jdbc.database.Database;
import dev.burrow.jdbc.database.Violation;
import org.jdbi.v3.core.JdbiException;

import java.util.Optional;

/** Codes confirming a new email address in the {@code email_verifications} table, one per user, hashed. */
public final class JdbiEmailVerifications implements EmailVerificationRepository {

    private final Database database;

    public JdbiEmailVerifications(Database database) {
        this.database = database;
    }

    @Override
    public void save(PendingVerification verification) {
        EmailVerificationRow row = EmailVerificationRow.of(verification);
        try {
            if (replace(row) == 0) {
                insertOrReplace(row);
            }
        } catch (JdbiException e) {
            if (Violation.FOREIGN_KEY.causedBy(e)) {
                throw new IllegalStateException("no user " + verification.userId(), e);
            }
            throw e;
        }
    }

    @Override
    public Optional<PendingVerification> of(UserId userId) {
        return database.call(EmailVerificationQueries.class, queries -> queries.byUser(userId.value()))
                .map(EmailVerificationRow::toVerification);
    }

    @Override
    public boolean claimAttempt(UserId userId, int limit) {
        return database.call(EmailVerificationQueries.class, queries -> queries.claimAttempt(userId.value(), limit)) == 1;
    }

    @Override
    public void delete(UserId userId) {
        database.run(EmailVerificationQueries.class, queries -> queries.delete(userId.value()));
    }

    private int replace(EmailVerificationRow row) {
        return database.call(EmailVerificationQueries.class, queries -> queries.replace(row));
    }

    // Update, else insert, as the TOTP devices do: two first codes racing each other meet at the primary key, and
    // the loser's insert becomes an update.
    private void insertOrReplace(EmailVerificationRow row) {
        try {
            database.attemptRun(EmailVerificationQueries.class, queries -> queries.insert(row));
        } catch (JdbiException e) {
            if (!Violation.UNIQUE.causedBy(e)) {
                throw e;
            }
            replace(row);
        }
    }
}
