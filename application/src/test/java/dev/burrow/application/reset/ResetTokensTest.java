package dev.burrow.application.reset;

import dev.burrow.application.fake.Persistence;
import dev.burrow.application.fake.TestData;
import dev.burrow.domain.user.PasswordHash;
import dev.burrow.domain.user.User;
import dev.burrow.domain.user.UserId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** burrow's reset tokens are the ones PostHog's Django would make from the same values and secret. */
class ResetTokensTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    private static final Instant REQUESTED = Instant.parse("2026-11-28T12:00:00.123456Z");

    private final User ada = new TestData(Persistence.inMemory()).user(new UserId(7), "ada@example.com")
            .withPassword(new PasswordHash("pbkdf2_sha256$1000000$salt$hash"));

    /**
     * Made with Python from Django's {@code salted_hmac} and PostHog's hash value:
     * {@code 7ada@example.com2026-11-28 12:00:00.123456+00:00817560000pbkdf2_sha256$1000000$salt$hash}.
     */
    @Test
    void a_token_is_djangos_for_the_same_values() {
        assertThat(ResetTokens.make(ada, REQUESTED, NOW, "s3cret")).isEqualTo("dir5c0-9a125f9e04c19e6ed7ff6ffeee440793");
    }

    @Test
    void a_token_checks_with_the_current_or_the_previous_secret_for_24_hours() {
        String token = ResetTokens.make(ada, REQUESTED, NOW, "old");

        assertThat(ResetTokens.check(ada, REQUESTED, token, NOW, new SigningSecrets("old", null))).isTrue();
        assertThat(ResetTokens.check(ada, REQUESTED, token, NOW, new SigningSecrets("new", "old"))).isTrue();
        assertThat(ResetTokens.check(ada, REQUESTED, token, NOW, new SigningSecrets("newer", "new"))).isFalse();
        assertThat(ResetTokens.check(ada, REQUESTED, token, NOW.plus(Duration.ofDays(1)),
                new SigningSecrets("old", null))).isTrue();
        assertThat(ResetTokens.check(ada, REQUESTED, token, NOW.plus(Duration.ofDays(1)).plusSeconds(1),
                new SigningSecrets("old", null))).isFalse();
    }

    @Test
    void a_token_is_void_once_what_it_signs_changes() {
        SigningSecrets secrets = new SigningSecrets("s", null);
        String token = ResetTokens.make(ada, REQUESTED, NOW, "s");

        assertThat(ResetTokens.check(ada, REQUESTED.plusSeconds(1), token, NOW, secrets)).isFalse();
        assertThat(ResetTokens.check(ada, null, token, NOW, secrets)).isFalse();
        assertThat(ResetTokens.check(ada.withPassword(new PasswordHash("pbkdf2_sha256$1000000$salt$other")),
                REQUESTED, token, NOW, secrets)).isFalse();
        assertThat(ResetTokens.check(ada.withEmail(new dev.burrow.domain.user.EmailAddress("ada@elsewhere.example"),
                true), REQUESTED, token, NOW, secrets)).isFalse();
    }

    @Test
    void malformed_tokens_are_refused_without_an_error() {
        SigningSecrets secrets = new SigningSecrets("s", null);
        for (String token : new String[]{null, "", "-", "abc", "zzzzzzzzzzzzzzzzzzzz-0", "dir5c0-", "-abc",
                "dir5c0-9a12-5f", "!!-9a125f9e04c19e6ed7ff6ffeee440793"}) {
            assertThat(ResetTokens.check(ada, REQUESTED, token, NOW, secrets)).as(token).isFalse();
        }
    }
}
