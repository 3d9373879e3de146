package dev.burrow.github;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GithubAppSettingsTest {

    @Test
    void github_com_and_ten_seconds_unless_told_otherwise() {
        GithubAppSettings settings = new GithubAppSettings(null, null, null, null, null, null, " ",
                "https://burrow.example.com", null);

        assertThat(settings.apiBaseUrl()).isEqualTo("https://api.github.com");
        assertThat(settings.webBaseUrl()).isEqualTo("https://github.com");
        assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void base_urls_lose_their_trailing_slashes() {
        GithubAppSettings settings = new GithubAppSettings(null, null, null, null, null,
                "https://ghe.example.com/api/v3/", "https://ghe.example.com//", "https://burrow.example.com/", null);

        assertThat(settings.apiBaseUrl()).isEqualTo("https://ghe.example.com/api/v3");
        assertThat(settings.webBaseUrl()).isEqualTo("https://ghe.example.com");
        assertThat(settings.siteUrl()).isEqualTo("https://burrow.example.com");
    }

    @Test
    void blank_settings_are_missing_ones() {
        GithubAppSettings settings = new GithubAppSettings(" ", "", "\t", " ", "", "https://burrow.example.com");

        assertThat(settings.appId()).isNull();
        assertThat(settings.privateKeyPem()).isNull();
        assertThat(settings.clientId()).isNull();
        assertThat(settings.clientSecret()).isNull();
        assertThat(settings.slug()).isNull();
    }

    @Test
    void the_secret_and_the_key_stay_out_of_its_text() {
        GithubAppSettings settings = new GithubAppSettings("12", "-----BEGIN RSA PRIVATE KEY-----\nMIIE...",
                "Iv1.abc", "s3cret", "burrow", "https://burrow.example.com");

        assertThat(settings.toString()).isEqualTo("GithubAppSettings[appId=12, privateKeyPem=(hidden), "
                + "clientId=Iv1.abc, clientSecret=(hidden), slug=burrow, apiBaseUrl=https://api.github.com, "
                + "webBaseUrl=https://github.com, siteUrl=https://burrow.example.com, timeout=PT10S]");
    }

    @Test
    void what_is_not_a_web_url_or_a_positive_timeout_is_refused() {
        assertThatThrownBy(() -> new GithubAppSettings(null, null, null, null, null, "api.github.com", null,
                "https://burrow.example.com", null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("apiBaseUrl must be an http(s) URL without query, got api.github.com");
        assertThatThrownBy(() -> new GithubAppSettings(null, null, null, null, null, null, null,
                "https://burrow.example.com", Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GithubAppSettings(null, null, null, null, null, null))
                .isInstanceOf(NullPointerException.class).hasMessage("siteUrl");
    }
}
