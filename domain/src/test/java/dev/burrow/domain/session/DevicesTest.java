package dev.burrow.domain.session;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DevicesTest {

    @Test
    void common_browsers_are_named_with_their_major_version_and_system() {
        assertThat(Devices.describe("Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:120.0) Gecko/20100101 "
                + "Firefox/120.0")).isEqualTo("Firefox 120 on Windows");
        assertThat(Devices.describe("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, "
                + "like Gecko) Chrome/131.0.0.0 Safari/537.36")).isEqualTo("Chrome 131 on macOS");
        assertThat(Devices.describe("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like "
                + "Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0")).isEqualTo("Edge 131 on Windows");
        assertThat(Devices.describe("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
                + "(KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1")).isEqualTo("Safari 17 on iOS");
        assertThat(Devices.describe("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like "
                + "Gecko) Chrome/131.0.0.0 Mobile Safari/537.36")).isEqualTo("Chrome 131 on Android");
    }

    @Test
    void other_agents_keep_their_first_product_and_nothing_is_null() {
        assertThat(Devices.describe("curl/8.5.0")).isEqualTo("curl 8");
        assertThat(Devices.describe("Java-http-client/17.0.12")).isEqualTo("Java-http-client 17");
        assertThat(Devices.describe("Mozilla/5.0 (compatible)")).isEqualTo("Unknown browser");
        assertThat(Devices.describe("")).isNull();
        assertThat(Devices.describe(null)).isNull();
        assertThat(Devices.describe("x".repeat(500))).hasSize(Devices.MAX_LENGTH);
    }
}
