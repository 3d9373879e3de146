package dev.burrow.bootstrap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
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

    @Test
    void the_geoip_database_is_a_readable_file_or_none(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("GeoLite2-City.mmdb"), "the bytes");

        assertThat(Config.fromEnvironment(Map.of("BURROW_GEOIP_DATABASE", " " + file + " ")).geoipDatabase())
                .isEqualTo(file);
        assertThat(Config.fromEnvironment(Map.of()).geoipDatabase()).isNull();
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("BURROW_GEOIP_DATABASE",
                dir.resolve("missing.mmdb").toString()))).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("BURROW_GEOIP_DATABASE").hasMessageContaining("missing.mmdb");
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("BURROW_GEOIP_DATABASE", dir.toString())))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("BURROW_GEOIP_DATABASE");
    }
}
