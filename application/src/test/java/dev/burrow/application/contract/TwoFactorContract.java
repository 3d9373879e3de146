package dev.burrow.application.contract;

import dev.burrow.domain.session.Session;
import dev.burrow.domain.twofactor.TotpDevice;
import dev.burrow.domain.twofactor.TotpSecret;
import dev.burrow.domain.twofactor.TwoFactorSetup;
import dev.burrow.domain.user.PasswordHash;
import dev.burrow.domain.user.User;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** What the stores of TOTP devices, backup codes and pending setups must do. */
public abstract class TwoFactorContract extends PersistenceContract {

    private final SecureRandom random = new SecureRandom();

    @Test
    void a_device_reads_back_and_is_replaced_by_the_next_one() {
        User ada = data.user("ada@example.com");
        User bob = data.user("bob@example.com");
        TotpDevice first = TotpDevice.confirmed(ada.id(), TotpSecret.generate(random), 100, data.now());
        TotpDevice second = TotpDevice.confirmed(ada.id(), TotpSecret.generate(random), 200, data.tick());

        persistence.totpDevices().save(first);
        assertThat(persistence.totpDevices().of(ada.id())).contains(first);
        persistence.totpDevices().save(second);

        assertThat(persistence.totpDevices().of(ada.id())).contains(second);
        assertThat(persistence.totpDevices().of(bob.id())).isEmpty();
        assertThat(persistence.totpDevices().withSecondFactor(List.of(ada.id(), bob.id()))).isEqualTo(Set.of(ada.id()));

        persistence.totpDevices().delete(ada.id());
        assertThat(persistence.totpDevices().of(ada.id())).isEmpty();
    }

    @Test
    void a_step_is_accepted_once_and_failures_are_counted_until_then() {
        User ada = data.user("ada@example.com");
        TotpSecret secret = TotpSecret.generate(random);
        persistence.totpDevices().save(TotpDevice.confirmed(ada.id(), secret, 100, data.now()));
        Instant failedAt = Instant.parse("2026-11-28T12:00:00.5Z");

        persistence.totpDevices().recordFailure(ada.id(), failedAt);
        persistence.totpDevices().recordFailure(ada.id(), failedAt);
        TotpDevice failing = persistence.totpDevices().of(ada.id()).orElseThrow();
        assertThat(failing.failures()).isEqualTo(2);
        assertThat(failing.lastFailureAt()).isEqualTo(failedAt);

        assertThat(persistence.totpDevices().acceptStep(ada.id(), 100)).isFalse();
        assertThat(persistence.totpDevices().acceptStep(ada.id(), 101)).isTrue();
        assertThat(persistence.totpDevices().acceptStep(ada.id(), 101)).isFalse();

        TotpDevice accepted = persistence.totpDevices().of(ada.id()).orElseThrow();
        assertThat(accepted.lastStep()).isEqualTo(101);
        assertThat(accepted.failures()).isZero();
        assertThat(accepted.lastFailureAt()).isNull();
        assertThat(accepted.secret()).isEqualTo(secret);
    }

    @Test
    void backup_codes_are_replaced_together_and_spent_one_by_one() {
        User ada = data.user("ada@example.com");
        User bob = data.user("bob@example.com");
        persistence.backupCodes().replace(ada.id(), List.of(new PasswordHash("h$1"), new PasswordHash("h$2")));
        persistence.backupCodes().replace(bob.id(), List.of(new PasswordHash("h$3")));
        persistence.backupCodes().replace(ada.id(), List.of(new PasswordHash("h$4"), new PasswordHash("h$5"),
                new PasswordHash("h$6")));

        var codes = persistence.backupCodes().ofUser(ada.id());
        assertThat(codes).extracting(code -> code.hash().encoded()).containsExactlyInAnyOrder("h$4", "h$5", "h$6");
        assertThat(persistence.backupCodes().use(bob.id(), codes.get(0).id())).isFalse();
        assertThat(persistence.backupCodes().use(ada.id(), codes.get(0).id())).isTrue();
        assertThat(persistence.backupCodes().use(ada.id(), codes.get(0).id())).isFalse();
        assertThat(persistence.backupCodes().countOf(ada.id())).isEqualTo(2);

        persistence.backupCodes().deleteAll(ada.id());
        assertThat(persistence.backupCodes().countOf(ada.id())).isZero();
        assertThat(persistence.backupCodes().countOf(bob.id())).isOne();
    }

    @Test
    void a_setup_belongs_to_a_session_and_ends_with_it() {
        User ada = data.user("ada@example.com");
        Session session = Session.open(ada.id(), data.now(), random).session();
        persistence.sessions().add(session);
        TwoFactorSetup first = new TwoFactorSetup(session.id(), ada.id(), TotpSecret.generate(random), data.now());
        TwoFactorSetup second = new TwoFactorSetup(session.id(), ada.id(), TotpSecret.generate(random), data.tick());

        persistence.twoFactorSetups().save(first);
        persistence.twoFactorSetups().save(second);
        assertThat(persistence.twoFactorSetups().ofSession(session.id())).contains(second);

        persistence.twoFactorSetups().delete(session.id());
        assertThat(persistence.twoFactorSetups().ofSession(session.id())).isEmpty();

        persistence.twoFactorSetups().save(first);
        persistence.sessions().delete(session.id());
        assertThat(persistence.twoFactorSetups().ofSession(session.id())).isEmpty();
    }
}
