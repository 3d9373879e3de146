package dev.burrow.application.user;

import dev.burrow.application.transaction.TransactionRunner;
import dev.burrow.domain.failure.ConcurrentUpdateException;
import dev.burrow.domain.failure.NotFoundException;
import dev.burrow.domain.user.User;
import dev.burrow.domain.user.UserId;

import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * How every change to a user is saved: in one transaction, the user's row is locked, the change applied to what
 * is stored and written back, so racing changes queue up and are all kept. The version check stays as a second
 * guard (a store that cannot lock); a lost race there is retried. A change the request checked against the user
 * it already read is first tried over that version alone ({@link #saveAsRead}): the lock is paid for only when
 * another change got in between.
 */
record UserChanges(UserRepository users, TransactionRunner transactions) {

    private static final int ATTEMPTS = 8;

    User save(UserId id, UnaryOperator<User> change) {
        return save(id, change, saved -> {
        });
    }

    /**
     * Saves as {@link #save(UserId, UnaryOperator)} and runs {@code alongside} with the saved user in the same
     * transaction, under the same row lock: what must happen with the change or not at all (ending sessions when
     * the password changes, storing the code for a new address).
     */
    User save(UserId id, UnaryOperator<User> change, Consumer<User> alongside) {
        return lockedSave(id, change, alongside);
    }

    /**
     * Saves a change checked against {@code read}, the user as this request read them (authentication, or the
     * staff's lookup): the change is first written over that very version, without taking the lock first, the
     * version in the update being the proof that nobody changed the user since the checks looked at them. Only when
     * somebody did is it retried as {@link #save(UserId, UnaryOperator, Consumer)} does, applied to the freshest user
     * under their row lock. So the happy path is the update alone: with nothing {@code alongside} (null) it needs no
     * transaction of its own and commits as it runs, one round trip; otherwise the update and {@code alongside} share
     * one transaction.
     */
    User saveAsRead(User read, UnaryOperator<User> change, Consumer<User> alongside) {
        try {
            if (alongside == null) {
                return users.update(change.apply(read));
            }
            return transactions.inTransaction(() -> {
                User saved = users.update(change.apply(read));
                alongside.accept(saved);
                return saved;
            });
        } catch (ConcurrentUpdateException raced) {
            return lockedSave(read.id(), change, alongside == null ? saved -> {
            } : alongside);
        }
    }

    private User lockedSave(UserId id, UnaryOperator<User> change, Consumer<User> alongside) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.inTransaction(() -> {
                    User fresh = users.lockedById(id).filter(User::isActive).orElseThrow(NotFoundException::new);
                    User saved = users.update(change.apply(fresh));
                    alongside.accept(saved);
                    return saved;
                });
            } catch (ConcurrentUpdateException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
