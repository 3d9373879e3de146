package dev.burrow.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's promise, kept by the real artifact: {@code java -jar burrow.jar serve} on a fresh directory prints
 * a key, and {@code @me} answers with it.
 */
class JarIT {

    @Test
    void the_jar_serves_the_printed_key_on_a_fresh_h2_file(@TempDir Path workDirectory) throws Exception {
        try (JarProcess server = JarProcess.start(workDirectory, Map.of(), true)) {
            assertThat(server.key()).startsWith("phx_");

            HttpResponse<String> me = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(server.base() + "/api/users/@me/"))
                            .timeout(Duration.ofSeconds(60))
                            .header("Authorization", "Bearer " + server.key()).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
            JsonNode user = new ObjectMapper().readTree(me.body());
            assertThat(user.get("email").asText()).isEqualTo("admin@burrow.local");
            assertThat(user.get("organization").get("name").asText()).isEqualTo("burrow");
            assertThat(workDirectory.resolve("data").resolve("burrow.mv.db")).exists();

            // SIGTERM: the shutdown hook stops the server and writes the key use still waiting, before the
            // database closes (H2's own hook once closed it first, and the write failed).
            assertThat(server.stop()).as("128 + SIGTERM").isEqualTo(143);
            assertThat(Files.readString(server.stderr())).doesNotContain("WARN", "ERROR");
        }
    }
}
