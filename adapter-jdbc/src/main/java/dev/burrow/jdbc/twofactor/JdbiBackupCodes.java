package dev.burrow.jdbc.twofactor;

import dev.burrow.application.twofactor.BackupCodeRepository;
import dev.burrow.domain.user.PasswordHash;
import dev.burrow.domain.user.UserId;
import dev.burrow.jdbc.database.Database;

import java.util.List;

/** Backup codes in the {@code backup_codes} table, hashed, one row per code. */
public final class JdbiBackupCodes implements BackupCodeRepository {

    private final Database database;

    public JdbiBackupCodes(Database database) {
        this.database = database;
    }

    @Override
    public List<StoredBackupCode> ofUser(UserId userId) {
        return database.call(TwoFactorQueries.class, queries -> queries.backupCodes(userId.value()))
                .stream().map(BackupCodeRow::toCode).toList();
    }

    @Override
    public void replace(UserId userId, List<PasswordHash> hashes) {
        List<String> encoded = hashes.stream().map(PasswordHash::encoded).toList();
        database.inTransaction(() -> database.call(TwoFactorQueries.class, queries -> {
            // Without the lock, two replacements at once would each delete only the codes they could see and leave
            // both new sets behind. It also keeps the user from going away before the codes are in.
            if (queries.lockUser(userId.value()).isEmpty()) {
                throw new IllegalStateException("no user " + userId);
            }
            queries.deleteBackupCodes(userId.value());
            if (!encoded.isEmpty()) {
                queries.insertBackupCodes(userId.value(), encoded);
            }
            return null;
        }));
    }

    @Override
    public boolean use(UserId userId, long id) {
        // Of two requests spending the same code, only one deletes its row.
        return database.call(TwoFactorQueries.class, queries -> queries.deleteBackupCode(userId.value(), id)) > 0;
    }

    @Override
    public int countOf(UserId userId) {
        return database.call(TwoFactorQueries.class, queries -> queries.countBackupCodes(userId.value()));
    }

    @Override
    public void deleteAll(UserId userId) {
        database.run(TwoFactorQueries.class, queries -> queries.deleteBackupCodes(userId.value()));
    }
}
