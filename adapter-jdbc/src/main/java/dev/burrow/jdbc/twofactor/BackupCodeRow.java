package dev.burrow.jdbc.twofactor;

import dev.burrow.application.twofactor.BackupCodeRepository.StoredBackupCode;
import dev.burrow.domain.user.PasswordHash;

/** The columns of {@code backup_codes} a check needs. */
record BackupCodeRow(long id, String codeHash) {

    StoredBackupCode toCode() {
        return new StoredBackupCode(id, new PasswordHash(codeHash));
    }

    /** Never print the code's hash by accident. */
    @Override
    public String toString() {
        return "BackupCodeRow[id=" + id + ", codeHash=***]";
    }
}
