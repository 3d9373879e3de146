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
 * guard (a store that cannot lock); a lost race there is retried.
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
