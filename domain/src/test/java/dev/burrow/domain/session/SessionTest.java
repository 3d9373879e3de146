package dev.burrow.domain.session;

import dev.burrow.domain.user.UserId;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class SessionTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    private final SecureRandom random = new SecureRandom();

    @Test
    void only_the_hash_of_the_key_is_the_id() {
        Session.Opened opened = Session.open(new UserId(1), NOW, random);

        assertThat(opened.key()).matches("[a-zA-Z0-9]{32}");
        assertThat(opened.session().id()).isEqualTo(Session.idOf(opened.key())).matches("[0-9a-f]{64}");
        assertThat(opened.toString()).doesNotContain(opened.key());
    }

    @Test
    void a_login_lasts_two_weeks_and_a_half_login_ten_minutes() {
        Session session = Session.open(new UserId(1), NOW, random).session();
        Session pending = Session.awaitSecondFactor(new UserId(1), NOW, random).session();

        assertThat(session.isActiveAt(NOW.plus(Duration.ofDays(14)).minusSeconds(1))).isTrue();
        assertThat(session.isActiveAt(NOW.plus(Duration.ofDays(14)))).isFalse();
        assertThat(session.awaitsSecondFactorAt(NOW)).isFalse();
        assertThat(pending.isActiveAt(NOW)).isFalse();
        assertThat(pending.awaitsSecondFactorAt(NOW.plus(Duration.ofMinutes(10)).minusSeconds(1))).isTrue();
        assertThat(pending.awaitsSecondFactorAt(NOW.plus(Duration.ofMinutes(10)))).isFalse();
    }

    @Test
    void the_csrf_secret_matches_itself_plain_or_masked_and_nothing_else() {
        CsrfSecret secret = new CsrfSecret("abcdefghijklmnopqrstuvwxyzABCDEF");
        String salt = "0123456789abcdefghijklmnopqrstuv";
        String chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        StringBuilder cipher = new StringBuilder();
        for (int i = 0; i < 32; i++) {
            cipher.append(chars.charAt((chars.indexOf(secret.value().charAt(i)) + chars.indexOf(salt.charAt(i)))
                    % chars.length()));
        }

        assertThat(secret.matches(secret.value())).isTrue();
        assertThat(secret.matches(salt + cipher)).isTrue();
        assertThat(secret.matches("abcdefghijklmnopqrstuvwxyzABCDEG")).isFalse();
        assertThat(secret.matches(salt + cipher.reverse())).isFalse();
        assertThat(secret.matches("!".repeat(64))).isFalse();
        assertThat(secret.matches(null)).isFalse();
    }

    @Test
    void a_token_is_judged_as_django_judges_it_length_first() {
        assertThat(CsrfSecret.formatProblem("a".repeat(32))).isNull();
        assertThat(CsrfSecret.formatProblem("a".repeat(64))).isNull();
        assertThat(CsrfSecret.formatProblem("")).isEqualTo("has incorrect length");
        assertThat(CsrfSecret.formatProblem("!".repeat(33))).isEqualTo("has incorrect length");
        assertThat(CsrfSecret.formatProblem("-".repeat(32))).isEqualTo("has invalid characters");
        assertThat(CsrfSecret.formatProblem("\u00e9".repeat(64))).isEqualTo("has invalid characters");
        assertThat(CsrfSecret.presented("a".repeat(64)).value()).isEqualTo("a".repeat(32));
    }
}
