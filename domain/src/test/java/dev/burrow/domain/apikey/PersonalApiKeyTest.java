package dev.burrow.domain.apikey;

import dev.burrow.domain.failure.InvalidInputException;
import dev.burrow.domain.secret.SecretTokens;
import dev.burrow.domain.user.UserId;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonalApiKeyTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    private final SecureRandom random = new SecureRandom();

    @Test
    void an_issued_key_is_phx_and_base57_and_stored_only_as_its_sha256() {
        for (int i = 0; i < 200; i++) {
            PersonalApiKey.Issued issued = PersonalApiKey.issue(new UserId(7), "ci", ApiScopes.ALL, NOW, random);

            assertThat(issued.value()).matches("phx_[" + SecretTokens.BASE57 + "]{48,49}");
            assertThat(issued.key().secureValue()).isEqualTo(PersonalApiKey.secureValueOf(issued.value()));
            assertThat(issued.key().secureValue()).matches("sha256\\$[0-9a-f]{64}");
            assertThat(issued.key().maskValue()).isEqualTo("phx_..." + issued.value().substring(issued.value().length() - 4));
            assertThat(issued.toString()).doesNotContain(issued.value());
        }
    }

    @Test
    void the_hash_is_plain_sha256_of_the_utf8_value() {
        assertThat(PersonalApiKey.secureValueOf("phx_test"))
                .isEqualTo("sha256$8ee44936f3b1c80173d2860f716f56dc44bd078df2ff5c4cb9fb4aed6f26860d");
        assertThat(PersonalApiKey.secureValueOf("phx_\u00e9"))
                .isEqualTo("sha256$fc23c355d3c53eaab0c79a0123d998caf03bdc5329f44920487f6b376094d986");
    }

    @Test
    void short_values_are_masked_entirely() {
        assertThat(PersonalApiKey.mask("phx_short")).isEqualTo("********");
        assertThat(PersonalApiKey.mask("0123456789abcdef")).isEqualTo("0123...cdef");
    }

    @Test
    void labels_longer_than_40_characters_are_refused() {
        assertThatThrownBy(() -> PersonalApiKey.issue(new UserId(1), "x".repeat(41), ApiScopes.ALL, NOW, random))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Ensure this field has no more than 40 characters.");
    }

    @Test
    void a_use_is_recorded_at_most_once_an_hour() {
        PersonalApiKey key = PersonalApiKey.issue(new UserId(1), "", ApiScopes.ALL, NOW, random).key();

        PersonalApiKey used = key.recordUse(NOW).orElseThrow();
        assertThat(used.lastUsedAt()).isEqualTo(NOW);
        assertThat(used.recordUse(NOW.plus(Duration.ofMinutes(59)))).isEmpty();
        assertThat(used.recordUse(NOW.plus(Duration.ofHours(1)))).map(PersonalApiKey::lastUsedAt)
                .contains(NOW.plus(Duration.ofHours(1)));
    }

    @Test
    void scopes_allow_their_own_access_and_write_implies_read() {
        ApiScopes writer = ApiScopes.parse(List.of("user:write"));
        ApiScopes reader = ApiScopes.parse(List.of("user:read", "feature_flag:write"));

        assertThat(writer.allows(ApiScope.USER_READ)).isTrue();
        assertThat(writer.allows(ApiScope.USER_WRITE)).isTrue();
        assertThat(reader.allows(ApiScope.USER_READ)).isTrue();
        assertThat(reader.allows(ApiScope.USER_WRITE)).isFalse();
        assertThat(reader.allows(ApiScope.PERSONAL_API_KEY_READ)).isFalse();
        assertThat(ApiScopes.ALL.allows(ApiScope.PERSONAL_API_KEY_WRITE)).isTrue();
        assertThat(ApiScopes.of(List.of()).allows(ApiScope.USER_WRITE)).isTrue();
        assertThat(ApiScopes.of(List.of()).values()).containsExactly("*");
        assertThat(reader.values()).containsExactly("user:read", "feature_flag:write");
        assertThat(writer.covers(ApiScopes.parse(List.of("user:read", "user:write")))).isTrue();
        assertThat(reader.covers(ApiScopes.parse(List.of("user:write")))).isFalse();
        assertThat(reader.covers(ApiScopes.ALL)).isFalse();
        assertThat(reader.covers(ApiScopes.of(List.of()))).isFalse();
        assertThat(ApiScopes.ALL.covers(ApiScopes.of(List.of()))).isTrue();
    }

    @Test
    void unknown_scopes_are_refused_with_posthogs_message() {
        for (String bad : List.of("user", "user:admin", "nothing:read", "", "*:read", "user:read ")) {
            assertThatThrownBy(() -> ApiScope.parse(bad)).as(bad)
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("Invalid scope: " + bad)
                    .extracting("attr").isEqualTo("scopes");
        }
        assertThat(ApiScope.parse("*")).isEqualTo(ApiScope.ALL);
        assertThat(ApiScope.parse("personal_api_key:write")).isEqualTo(ApiScope.PERSONAL_API_KEY_WRITE);
    }
}
