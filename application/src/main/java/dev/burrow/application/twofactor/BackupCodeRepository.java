package dev.burrow.application.twofactor;

import dev.burrow.domain.user.PasswordHash;
import dev.burrow.domain.user.UserId;

import java.util.List;

/** Where backup codes are kept, hashed; each can be used once. */
public interface BackupCodeRepository {

    /** A stored code: its row id and its hash. */
    record StoredBackupCode(long id, PasswordHash hash) {
    }

    List<StoredBackupCode> ofUser(UserId userId);

    /** Replaces all of the user's codes with these. */
    void replace(UserId userId, List<PasswordHash> hashes);

    /** Spends a code; whether it was still there (so two requests cannot both spend it). */
    boolean use(UserId userId, long id);

    int countOf(UserId userId);

    void deleteAll(UserId userId);
}
