package dev.burrow.application.user;

import dev.burrow.domain.user.EmailChangeCode;
import dev.burrow.application.credential.PasswordHasher;
import dev.burrow.domain.failure.InvalidInputException;
import dev.burrow.domain.user.PasswordHash;
import dev.burrow.domain.user.User;
import dev.burrow.domain.user.UserId;

import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;

/**
 * The codes that confirm a new address: six digits, mailed to it, kept only as a salted hash, good for an hour and
 * five tries. Every way a code can be wrong gets the same answer, so a guesser learns nothing.
 */
record EmailChangeCodes(EmailVerificationRepository verifications, PasswordHasher codes, RandomGenerator random) {

    static final String INVALID_CODE = "This verification code is invalid or has expired.";
    static final Duration CODE_LIFETIME = Duration.ofHours(1);
    static final int CODE_ATTEMPTS = 5;

    /** A code to mail, with its hash; made before the user's row is locked, which is held only for the writes. */
    Issued issue() {
        String code = EmailChangeCode.generate(random);
        return new Issued(code, codes.hash(code));
    }

    /** Keeps {@code issued} for the address {@code stored} now waits for, in the transaction that set it. */
    void store(User stored, Issued issued, Instant now) {
        verifications.save(new EmailVerificationRepository.PendingVerification(stored.id(), stored.pendingEmail(),
                issued.hash(), now, 0));
    }

    /**
     * The pending change of {@code user} that {@code code} confirms at {@code now}, using up one of its tries;
     * otherwise the one "invalid or expired" error.
     */
    EmailVerificationRepository.PendingVerification confirmed(User user, String code, Instant now) {
        EmailVerificationRepository.PendingVerification pending = verifications.of(user.id())
                .filter(v -> user.awaitsEmail(v.email()))
                .orElseThrow(EmailChangeCodes::invalidCode);
        if (!now.isBefore(pending.createdAt().plus(CODE_LIFETIME)) || !verifications.claimAttempt(user.id(),
                CODE_ATTEMPTS)) {
            throw invalidCode();
        }
        if (!EmailChangeCode.isWellFormed(code) || !codes.verify(code.strip(), pending.codeHash())) {
            throw invalidCode();
        }
        return pending;
    }

    void forget(UserId user) {
        verifications.delete(user);
    }

    static InvalidInputException invalidCode() {
        return new InvalidInputException("invalid_code", INVALID_CODE, "code");
    }

    /** A code as mailed, and the hash that is stored. */
    record Issued(String code, PasswordHash hash) {
    }
}
