package dev.burrow.application.contract;

import dev.burrow.domain.user.EmailAddress;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every transaction runner must do: all of a unit of work, or none of it. */
public abstract class TransactionRunnerContract extends PersistenceContract {

    @Test
    void work_that_fails_leaves_nothing_behind() {
        assertThatThrownBy(() -> persistence.transactions().run(() -> {
            data.user("ada@example.com");
            data.organization("Acme");
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(persistence.users().byEmail(EmailAddress.of("ada@example.com"))).isEmpty();
        assertThat(persistence.registry().slugExists("acme")).isFalse();
        assertThat(persistence.users().isEmpty()).isTrue();
    }

    @Test
    void nested_work_belongs_to_the_outer_unit() {
        assertThatThrownBy(() -> persistence.transactions().run(() -> {
            persistence.transactions().run(() -> data.user("ada@example.com"));
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(persistence.users().isEmpty()).isTrue();
    }

    @Test
    void work_that_succeeds_is_kept() {
        String email = persistence.transactions().inTransaction(() -> data.user("ada@example.com").email().value());

        assertThat(persistence.users().byEmail(EmailAddress.of(email))).isPresent();
    }
}
