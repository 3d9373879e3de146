package dev.burrow.application.contract;

import dev.burrow.application.user.EmailVerificationRepository;
import dev.burrow.application.user.EmailVerificationRepository.PendingVerification;
import dev.burrow.domain.user.EmailAddress;
import dev.burrow.domain.user.PasswordHash;
import dev.burrow.domain.user.User;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link EmailVerificationRepository} must do. */
public abstract class EmailVerificationRepositoryContract extends PersistenceContract {

    @Test
    void one_code_per_user_replaced_counted_and_deleted() {
        User ada = data.user("ada@example.com");
        User bob = data.user("bob@example.com");
        EmailVerificationRepository verifications = persistence.verifications();
        PendingVerification first = new PendingVerification(ada.id(), EmailAddress.of("new@example.com"),
                new PasswordHash("pbkdf2_sha256$1$a$b"), Instant.parse("2026-11-28T12:00:00.123456Z"), 0);
        PendingVerification second = new PendingVerification(ada.id(), EmailAddress.of("newer@example.com"),
                new PasswordHash("pbkdf2_sha256$1$c$d"), Instant.parse("2026-11-28T12:05:00Z"), 0);

        verifications.save(first);
        assertThat(verifications.of(ada.id())).contains(first);
        verifications.save(second);
        assertThat(verifications.claimAttempt(ada.id(), 2)).isTrue();
        assertThat(verifications.claimAttempt(ada.id(), 2)).isTrue();
        assertThat(verifications.claimAttempt(ada.id(), 2)).isFalse();
        assertThat(verifications.claimAttempt(bob.id(), 2)).isFalse();

        PendingVerification stored = verifications.of(ada.id()).orElseThrow();
        assertThat(stored.email()).isEqualTo(second.email());
        assertThat(stored.codeHash()).isEqualTo(second.codeHash());
        assertThat(stored.failures()).isEqualTo(2);
        assertThat(verifications.of(bob.id())).isEmpty();

        verifications.delete(ada.id());
        assertThat(verifications.of(ada.id())).isEmpty();
    }
}
