package dev.burrow.application.user;

import dev.burrow.application.transaction.TransactionRunner;
import dev.burrow.domain.failure.ConcurrentUpdateException;
import dev.burrow.domain.failure.NotFoundException;
import dev.burrow.domain.user.User;
import dev.burrow.domain.user.UserId;

import java.util.function.UnaryOperator;

/**
 * How every change to a user is saved: in one transaction, the user's row is locked, the change applied to what
 * is stored and written back, so racing changes queue up and are all kept. The version check stays as a second
 * guard (a store that cannot lock); a lost race there is retried.
 */
final class UserChanges {

    private static final int ATTEMPTS = 8;

    private final UserRepository users;
    private final TransactionRunner transactions;

    UserChanges(UserRepository users, TransactionRunner transactions) {
        this.users = users;
        this.transactions = transactions;
    }

    User save(UserId id, UnaryOperator<User> change) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.inTransaction(() -> {
                    User fresh = users.lockedById(id).filter(User::isActive).orElseThrow(NotFoundException::new);
                    return users.update(change.apply(fresh));
                });
            } catch (ConcurrentUpdateException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
