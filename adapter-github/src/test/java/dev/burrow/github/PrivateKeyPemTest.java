package dev.burrow.github;

import dev.burrow.github.testing.AppKeyPair;
import org.junit.jupiter.api.Test;

import java.security.PrivateKey;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PrivateKeyPemTest {

    private static final AppKeyPair KEYS = AppKeyPair.shared();
    private static final String REFUSED = "The GitHub App private key (GITHUB_APP_PRIVATE_KEY) cannot be used: ";

    @Test
    void githubs_pkcs1_key_and_its_pkcs8_form_read_as_the_same_key() {
        PrivateKey pkcs1 = PrivateKeyPem.read(KEYS.pkcs1Pem());
        PrivateKey pkcs8 = PrivateKeyPem.read(KEYS.pkcs8Pem());

        assertThat(KEYS.pkcs1Pem()).startsWith("-----BEGIN RSA PRIVATE KEY-----\n");
        assertThat(pkcs1.getAlgorithm()).isEqualTo("RSA");
        assertThat(pkcs1.getEncoded()).isEqualTo(pkcs8.getEncoded());
    }

    @Test
    void text_around_the_block_and_windows_line_breaks_are_ignored() {
        String pem = "Bag Attributes\r\n" + KEYS.pkcs1Pem().replace("\n", "\r\n") + "trailing words";

        assertThat(PrivateKeyPem.read(pem).getEncoded()).isEqualTo(PrivateKeyPem.read(KEYS.pkcs8Pem()).getEncoded());
    }

    @Test
    void text_that_is_not_pem_is_refused() {
        assertRefused("a file path, not the key", "it is not PEM text (no -----BEGIN ...----- / -----END ...----- "
                + "block)");
    }

    @Test
    void a_body_that_is_not_base64_is_refused_without_quoting_it() {
        String pem = "-----BEGIN RSA PRIVATE KEY-----\nMIIEow!!secretbits\n-----END RSA PRIVATE KEY-----\n";

        assertRefused(pem, "the text between its BEGIN and END lines is not base64");
    }

    @Test
    void a_damaged_key_is_refused_without_quoting_it() {
        String pem = KEYS.pkcs1Pem();
        String[] lines = pem.split("\n");
        String damaged = pem.replace(lines[3] + "\n", "").replace(lines[4] + "\n", "");

        Throwable refusal = catchRefusal(damaged);

        assertThat(refusal).hasMessage(REFUSED + "its content is not an RSA private key.").hasNoCause();
        for (int line = 1; line < lines.length - 1; line++) {
            assertThat(refusal.getMessage()).doesNotContain(lines[line].substring(0, 16));
        }
    }

    @Test
    void a_pkcs8_block_that_holds_no_rsa_key_is_refused() {
        assertRefused("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----", "its content is not an RSA "
                + "private key");
    }

    @Test
    void another_kind_of_block_is_refused_by_its_label() {
        String certificate = KEYS.pkcs8Pem().replace("PRIVATE KEY", "CERTIFICATE");

        assertRefused(certificate, "it is a CERTIFICATE, not an RSA PRIVATE KEY (PKCS#1) or a PRIVATE KEY (PKCS#8)");
    }

    @Test
    void an_encrypted_key_is_refused_as_such() {
        String encrypted = "-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,00\n\n"
                + "AAAA\n-----END RSA PRIVATE KEY-----\n";

        assertRefused(encrypted, "it is encrypted; give it without a passphrase, as GitHub hands it out");
        assertRefused(KEYS.pkcs8Pem().replace("PRIVATE KEY", "ENCRYPTED PRIVATE KEY"),
                "it is encrypted; give it without a passphrase, as GitHub hands it out");
    }

    @Test
    void a_bad_key_stops_the_app_at_construction() {
        GithubAppSettings settings = new GithubAppSettings("1", "garbage", null, null, null, "https://b.example");

        assertThatThrownBy(() -> new GithubApp(settings, Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(REFUSED);
    }

    private static void assertRefused(String pem, String why) {
        assertThat(catchRefusal(pem)).hasMessage(REFUSED + why + ".");
    }

    private static Throwable catchRefusal(String pem) {
        try {
            PrivateKeyPem.read(pem);
        } catch (IllegalArgumentException e) {
            return e;
        }
        throw new AssertionError("the key was accepted");
    }
}
