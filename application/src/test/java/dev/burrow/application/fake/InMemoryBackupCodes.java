package dev.burrow.application.fake;

import dev.burrow.application.twofactor.BackupCodeRepository;
import dev.burrow.domain.user.PasswordHash;
import dev.burrow.domain.user.UserId;

import java.util.List;
import java.util.Map;

/** Backup codes in memory. */
public final class InMemoryBackupCodes implements BackupCodeRepository {

    private final InMemoryStore store;

    public InMemoryBackupCodes(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public List<StoredBackupCode> ofUser(UserId userId) {
        synchronized (store) {
            return store.backupCodes.entrySet().stream()
                    .filter(entry -> entry.getValue().userId().equals(userId))
                    .map(entry -> new StoredBackupCode(entry.getKey(), entry.getValue().hash()))
                    .toList();
        }
    }

    @Override
    public void replace(UserId userId, List<PasswordHash> hashes) {
        synchronized (store) {
            deleteAll(userId);
            hashes.forEach(hash -> store.backupCodes.put(store.next("backup_codes"),
                    new InMemoryStore.StoredCode(userId, hash)));
        }
    }

    @Override
    public boolean use(UserId userId, long id) {
        synchronized (store) {
            InMemoryStore.StoredCode code = store.backupCodes.get(id);
            return code != null && code.userId().equals(userId) && store.backupCodes.remove(id) != null;
        }
    }

    @Override
    public int countOf(UserId userId) {
        return ofUser(userId).size();
    }

    @Override
    public void deleteAll(UserId userId) {
        synchronized (store) {
            store.backupCodes.entrySet().removeIf(entry -> entry.getValue().userId().equals(userId));
        }
    }
}
