package dev.burrow.jdbc.user;

import dev.burrow.application.user.EmailVerificationRepository.PendingVerification;
import dev.burrow.domain.user.EmailAddress;
import dev.burrow.domain.user.PasswordHash;
import dev.burrow.domain.user.UserId;

import java.time.Instant;

/** One row of {@code email_verifications}. */
record EmailVerificationRow(long userId, String email, String codeHash, Instant createdAt, int failures) {

    static EmailVerificationRow of(PendingVerification verification) {
        return new EmailVerificationRow(verification.userId().value(), verification.email().value(),
                verification.codeHash().encoded(), verification.createdAt(), verification.failures());
    }

    PendingVerification toVerification() {
        return new PendingVerification(new UserId(userId), new EmailAddress(email), new PasswordHash(codeHash),
                createdAt, failures);
    }

    /** Never print the code's hash by accident. */
    @Override
    public String toString() {
        return "EmailVerificationRow[userId=" + userId + ", email=" + email + ", codeHash=***, createdAt=" + createdAt
                + ", failures=" + failures + "]";
    }
}
