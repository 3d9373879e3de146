package dev.burrow.application.user;

import dev.burrow.domain.user.EmailAddress;
import dev.burrow.domain.user.PasswordHash;
import dev.burrow.domain.user.UserId;

import java.time.Instant;
import java.util.Optional;

/** Where the code confirming a user's new address waits: one per user, hashed. */
public interface EmailVerificationRepository {

    /** A code sent to {@code email}; {@code failures} counts the tries made with it. */
    record PendingVerification(UserId userId, EmailAddress email, PasswordHash codeHash, Instant createdAt,
                               int failures) {
    }

    /** Stores the user's code, replacing any earlier one. */
    void save(PendingVerification verification);

    Optional<PendingVerification> of(UserId userId);

    /**
     * Counts one try at the user's code, unless {@code limit} tries were already made; whether this try may go
     * ahead. Claimed before the code is compared, atomically, so parallel guesses cannot exceed the limit.
     */
    boolean claimAttempt(UserId userId, int limit);

    void delete(UserId userId);
}
