package dev.burrow.domain.twofactor;

import dev.burrow.domain.user.UserId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The pure rules of 2FA: what the status reports, what a typed code is, and which step confirms a setup. */
class TwoFactorRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    @Test
    void the_status_counts_backup_codes_only_while_a_totp_device_is_on() {
        AtomicInteger asked = new AtomicInteger();

        assertThat(TwoFactorStatus.of(false, () -> asked.incrementAndGet() + 7))
                .isEqualTo(new TwoFactorStatus(false, 0, null, false, false, false));
        assertThat(asked).hasValue(0);
        assertThat(TwoFactorStatus.of(true, () -> 7))
                .isEqualTo(new TwoFactorStatus(true, 7, "TOTP", false, true, false));
    }

    @Test
    void digits_are_a_totp_code_and_anything_else_a_backup_code_in_lower_case() {
        assertThat(SecondFactorToken.of(" 123456\n").isTotpCode()).isTrue();
        assertThat(SecondFactorToken.of(" 123456\n").text()).isEqualTo("123456");
        assertThat(SecondFactorToken.of("12").isTotpCode()).isTrue();
        assertThat(SecondFactorToken.of("").isTotpCode()).isFalse();
        assertThat(SecondFactorToken.of(null).text()).isEmpty();
        assertThat(SecondFactorToken.of("\u0661\u0662\u0663").isTotpCode()).as("only ASCII digits").isFalse();
        SecondFactorToken backup = SecondFactorToken.of(" ABCD2345 ");
        assertThat(backup.isTotpCode()).isFalse();
        assertThat(backup.asBackupCode()).isEqualTo("abcd2345");
    }

    @Test
    void a_setup_is_confirmed_by_a_code_within_one_step_and_only_until_it_expires() {
        TotpSecret secret = TotpSecret.generate(new java.security.SecureRandom());
        TwoFactorSetup setup = new TwoFactorSetup("session", new UserId(1), secret, NOW);
        long step = Totp.step(NOW);

        assertThat(setup.confirmingStep(Totp.code(secret, step), NOW)).hasValue(step);
        assertThat(setup.confirmingStep(Totp.code(secret, step - 1), NOW)).hasValue(step - 1);
        assertThat(setup.confirmingStep(Totp.code(secret, step - 2), NOW)).isEmpty();
        assertThat(setup.isExpiredAt(NOW.plus(TwoFactorSetup.LIFETIME).minusNanos(1000))).isFalse();
        assertThat(setup.isExpiredAt(NOW.plus(TwoFactorSetup.LIFETIME))).isTrue();
    }
}
