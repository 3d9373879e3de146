package dev.burrow.geoip;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MaxMindGeolocationTest {

    @TempDir
    Path dir;

    @Test
    void an_address_in_a_city_network_is_the_city_and_the_country() {
        MaxMindGeolocation geolocation = MaxMindGeolocation.open(MaxMindDbWriter.city()
                .place("81.2.69.0/24", "Paris", "France").write(dir.resolve("city.mmdb")));

        assertThat(geolocation.locate("81.2.69.160")).contains("Paris, France");
        assertThat(geolocation.locate("81.2.70.1")).isEmpty();
        assertThat(geolocation.locate("8.8.8.8")).isEmpty();
    }

    @Test
    void a_network_without_a_city_is_its_country_alone() {
        MaxMindGeolocation geolocation = MaxMindGeolocation.open(MaxMindDbWriter.city()
                .place("81.2.69.0/24", "Paris", "France").place("2.125.160.0/19", null, "United Kingdom")
                .write(dir.resolve("city.mmdb")));

        assertThat(geolocation.locate("2.125.160.216")).contains("United Kingdom");
        assertThat(geolocation.locate("81.2.69.1")).contains("Paris, France");
    }

    @Test
    void private_unknown_and_malformed_addresses_are_nowhere() {
        MaxMindGeolocation geolocation = MaxMindGeolocation.open(MaxMindDbWriter.city()
                .place("81.2.69.0/24", "Paris", "France").write(dir.resolve("city.mmdb")));

        assertThat(geolocation.locate("10.0.0.1")).isEmpty();
        assertThat(geolocation.locate("127.0.0.1")).isEmpty();
        assertThat(geolocation.locate("::1")).isEmpty();
        assertThat(geolocation.locate("localhost")).isEmpty();
        assertThat(geolocation.locate("not an address")).isEmpty();
        assertThat(geolocation.locate(null)).isEmpty();
    }

    @Test
    void a_missing_or_foreign_file_fails_when_opened_with_its_path() throws Exception {
        Path missing = dir.resolve("missing.mmdb");
        assertThatThrownBy(() -> MaxMindGeolocation.open(missing)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(missing.toString());

        Path junk = Files.writeString(dir.resolve("junk.mmdb"), "not a database");
        assertThatThrownBy(() -> MaxMindGeolocation.open(junk)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(junk.toString());

        Path country = new MaxMindDbWriter("GeoLite2-Country").place("81.2.69.0/24", null, "France")
                .write(dir.resolve("country.mmdb"));
        assertThatThrownBy(() -> MaxMindGeolocation.open(country)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("GeoLite2-Country");
    }
}
