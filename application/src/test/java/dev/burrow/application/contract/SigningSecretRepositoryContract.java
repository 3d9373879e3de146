package dev.burrow.application.contract;

import dev.burrow.application.reset.SigningSecretRepository;
import dev.burrow.application.reset.SigningSecrets;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link SigningSecretRepository} must do. */
public abstract class SigningSecretRepositoryContract extends PersistenceContract {

    private SigningSecretRepository secrets() {
        return persistence.signingSecrets();
    }

    @Test
    void the_first_candidate_is_kept_and_later_ones_are_not() {
        assertThat(secrets().secrets("password_reset", "first")).isEqualTo(new SigningSecrets("first", null));
        assertThat(secrets().secrets("password_reset", "second")).isEqualTo(new SigningSecrets("first", null));
        assertThat(secrets().secrets("other", "third")).isEqualTo(new SigningSecrets("third", null));
    }

    @Test
    void a_rotation_keeps_the_previous_secret_and_forgets_the_one_before() {
        secrets().secrets("password_reset", "first");

        secrets().rotate("password_reset", "second");
        assertThat(secrets().secrets("password_reset", "x")).isEqualTo(new SigningSecrets("second", "first"));

        secrets().rotate("password_reset", "third");
        assertThat(secrets().secrets("password_reset", "x")).isEqualTo(new SigningSecrets("third", "second"));
    }

    @Test
    void instances_creating_the_first_secret_at_once_all_get_the_same_one() throws Exception {
        List<SigningSecrets> got = Race.run(6, i -> (Callable<SigningSecrets>) () ->
                secrets().secrets("password_reset", "candidate-" + i));

        assertThat(got).hasSize(6).allSatisfy(s -> assertThat(s).isEqualTo(got.get(0)));
        assertThat(got.get(0).current()).startsWith("candidate-");
    }
}
