package dev.burrow.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import dev.burrow.geoip.MaxMindDbWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code BURROW_GEOIP_DATABASE}, end to end: the server places a login by the address it came from. */
class GeolocatedSessionsTest {

    private final Http http = new Http();

    @Test
    void a_login_from_an_address_in_the_database_is_listed_with_its_city_and_country(@TempDir Path dir) {
        Path database = MaxMindDbWriter.city().place("81.2.69.0/24", "Paris", "France")
                .write(dir.resolve("GeoLite2-City.mmdb"));
        CommandLine.Result serve = new CommandLine(env(dir, database)).run("serve");
        assertThat(serve.exitCode()).as(serve.err()).isZero();
        Application server = serve.outcome().server();
        try {
            String paris = logIn(server, "81.2.69.160");
            String elsewhere = logIn(server, "203.0.113.7");

            HttpResponse<String> listed = http.send(HttpRequest.newBuilder()
                    .uri(URI.create("http://127.0.0.1:" + server.port() + "/api/users/@me/login_sessions/"))
                    .header("Cookie", "sessionid=" + paris));

            assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
            JsonNode items = Http.read(listed);
            assertThat(items).hasSize(2);
            assertThat(items.get(0).get("is_current").asBoolean()).isTrue();
            assertThat(items.get(0).get("location").asText()).isEqualTo("Paris, France");
            assertThat(items.get(1).get("location").isNull()).isTrue();
            assertThat(listed.body()).doesNotContain("81.2.69.160").doesNotContain("203.0.113.7")
                    .doesNotContain(paris).doesNotContain(elsewhere);
        } finally {
            server.close();
        }
    }

    @Test
    void a_file_that_is_no_geoip_database_stops_the_start_naming_the_setting(@TempDir Path dir) throws Exception {
        Path junk = Files.writeString(dir.resolve("GeoLite2-City.mmdb"), "not a database");

        CommandLine.Result serve = new CommandLine(env(dir, junk)).run("serve");

        assertThat(serve.exitCode()).isNotZero();
        assertThat(serve.outcome().server()).isNull();
        assertThat(serve.err()).contains("BURROW_GEOIP_DATABASE").contains(junk.toString());
    }

    private String logIn(Application server, String clientAddress) {
        HttpResponse<String> login = http.send(HttpRequest.newBuilder()
                .uri(URI.create("http://127.0.0.1:" + server.port() + "/api/login/"))
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", clientAddress)
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"email\": \"admin@example.com\", \"password\": \"first start password\"}")));
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        return Http.cookie(login, "sessionid");
    }

    private static Map<String, String> env(Path dir, Path database) {
        return Map.of("PORT", "0", "BURROW_HOST", "127.0.0.1", "BURROW_DATA_DIR", dir.resolve("data").toString(),
                "BURROW_ADMIN_EMAIL", "admin@example.com", "BURROW_ADMIN_PASSWORD", "first start password",
                "BURROW_PROXY_HOPS", "1", "BURROW_GEOIP_DATABASE", database.toString());
    }
}
