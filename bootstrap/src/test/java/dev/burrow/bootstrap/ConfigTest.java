package dev.burrow.bootstrap;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfigTest {

    @Test
    void allowed_hosts_are_named_or_the_site_s_and_loopback_or_any_without_a_site() {
        assertThat(Config.fromEnvironment(Map.of("BURROW_ALLOWED_HOSTS", " api.example.com, .example.org ,"))
                .allowedHosts()).containsExactly("api.example.com", ".example.org");
        assertThat(Config.fromEnvironment(Map.of("SITE_URL", "https://Users.Example.com:8443")).allowedHosts())
                .containsExactly("users.example.com", "localhost", "127.0.0.1", "[::1]");
        assertThat(Config.fromEnvironment(Map.of()).allowedHosts()).containsExactly("*");
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("BURROW_ALLOWED_HOSTS", " , ")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("BURROW_ALLOWED_HOSTS");
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("SITE_URL", "users.example.com")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("SITE_URL");
    }
}
