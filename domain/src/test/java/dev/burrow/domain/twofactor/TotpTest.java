package dev.burrow.domain.twofactor;

import dev.burrow.domain.user.UserId;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

class TotpTest {

    /** RFC 6238 appendix B's SHA-1 key, "12345678901234567890". */
    private static final TotpSecret RFC_KEY = TotpSecret.ofHex(
            HexFormat.of().formatHex("12345678901234567890".getBytes(StandardCharsets.US_ASCII)));

    @Test
    void codes_match_the_rfc_6238_vectors_cut_to_six_digits() {
        assertThat(Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
        assertThat(Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(1111111109)))).isEqualTo("081804");
        assertThat(Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(1111111111)))).isEqualTo("050471");
        assertThat(Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(1234567890)))).isEqualTo("005924");
        assertThat(Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(2000000000)))).isEqualTo("279037");
        assertThat(Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(20000000000L)))).isEqualTo("353130");
    }

    @Test
    void a_code_matches_within_one_step_and_only_digits_count() {
        long step = Totp.step(Instant.ofEpochSecond(1234567890));
        String code = Totp.code(RFC_KEY, step);

        assertThat(Totp.matchingStep(RFC_KEY, code, step, 1)).hasValue(step);
        assertThat(Totp.matchingStep(RFC_KEY, code, step + 1, 1)).hasValue(step);
        assertThat(Totp.matchingStep(RFC_KEY, code, step - 1, 1)).hasValue(step);
        assertThat(Totp.matchingStep(RFC_KEY, code, step + 2, 1)).isEmpty();
        assertThat(Totp.matchingStep(RFC_KEY, " " + code + " ", step, 1)).hasValue(step);
        assertThat(Totp.matchingStep(RFC_KEY, "5924", step, 1)).hasValue(step);
        for (String bad : List.of("", "abcdef", "-05924", "1000000", "05924.0")) {
            assertThat(Totp.matchingStep(RFC_KEY, bad, step, 1)).as(bad).isEqualTo(OptionalLong.empty());
        }
    }

    @Test
    void secrets_are_twenty_bytes_shown_as_32_base32_characters() {
        TotpSecret secret = TotpSecret.generate(new java.security.SecureRandom());

        assertThat(secret.base32()).matches("[A-Z2-7]{32}");
        assertThat(secret.hex()).matches("[0-9a-f]{40}");
        assertThat(TotpSecret.ofBase32(secret.base32())).isEqualTo(secret);
        assertThat(TotpSecret.ofHex(secret.hex())).isEqualTo(secret);
        assertThat(RFC_KEY.provisioningUri("app.example.com", "jane@example.com")).isEqualTo(
                "otpauth://totp/app.example.com%3A%20jane%40example.com?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
                        + "&digits=6&issuer=app.example.com");
    }

    @Test
    void a_device_never_accepts_a_step_twice_and_cools_down_after_failures() {
        Instant now = Instant.ofEpochSecond(1234567890);
        long step = Totp.step(now);
        TotpDevice device = TotpDevice.confirmed(new UserId(1), RFC_KEY, step - 1, now);

        assertThat(device.acceptableStep(Totp.code(RFC_KEY, step), now)).hasValue(step);
        assertThat(device.acceptableStep(Totp.code(RFC_KEY, step - 1), now)).isEmpty();

        TotpDevice failing = TotpDevice.restore(new UserId(1), RFC_KEY, step, 3, now, now);
        assertThat(failing.allowsAttemptAt(now.plusSeconds(3))).isFalse();
        assertThat(failing.allowsAttemptAt(now.plusSeconds(4))).isTrue();
        assertThat(device.allowsAttemptAt(now)).isTrue();
    }

    @Test
    void backup_codes_are_ten_lowercase_base32_words() {
        assertThat(BackupCodes.generate(new java.security.SecureRandom()))
                .hasSize(10).allMatch(code -> code.matches("[a-z2-7]{8}"));
    }
}
