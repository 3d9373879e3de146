package dev.burrow.application.fake;

import dev.burrow.application.user.EmailVerificationRepository;
import dev.burrow.domain.user.UserId;

import java.util.Optional;

/** Pending email confirmation codes in memory. */
public final class InMemoryEmailVerifications implements EmailVerificationRepository {

    private final InMemoryStore store;

    public InMemoryEmailVerifications(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public void save(PendingVerification verification) {
        synchronized (store) {
            store.verifications.put(verification.userId(), verification);
        }
    }

    @Override
    public Optional<PendingVerification> of(UserId userId) {
        synchronized (store) {
            return Optional.ofNullable(store.verifications.get(userId));
        }
    }

    @Override
    public boolean claimAttempt(UserId userId, int limit) {
        synchronized (store) {
            PendingVerification current = store.verifications.get(userId);
            if (current == null || current.failures() >= limit) {
                return false;
            }
            store.verifications.put(userId, new PendingVerification(current.userId(), current.email(),
                    current.codeHash(), current.createdAt(), current.failures() + 1));
            return true;
        }
    }

    @Override
    public void delete(UserId userId) {
        synchronized (store) {
            store.verifications.remove(userId);
        }
    }
}
