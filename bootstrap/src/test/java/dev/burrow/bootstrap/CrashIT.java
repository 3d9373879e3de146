package dev.burrow.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import dev.burrow.jdbc.testing.EmbeddedPostgresServer;
import dev.burrow.jdbc.testing.PostgresDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code kill -9} in the middle of a stream of changes: after a restart, every change the server acknowledged is
 * there (the one in flight may or may not be), and the database opens and answers as before.
 */
class CrashIT {

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void on_the_embedded_h2_file(@TempDir Path directory) throws Exception {
        survivesAKill(directory, Map.of());
    }

    @Test
    void on_postgresql(@TempDir Path directory) throws Exception {
        try (PostgresDatabase database = EmbeddedPostgresServer.shared().emptyDatabase()) {
            survivesAKill(directory, Map.of("DATABASE_URL", database.databaseUrl()));
        }
    }

    private void survivesAKill(Path directory, Map<String, String> env) throws Exception {
        AtomicInteger acknowledged = new AtomicInteger(-1);
        String key;
        try (JarProcess server = JarProcess.start(directory, env, true)) {
            key = server.key();
            Thread writer = new Thread(() -> {
                for (int round = 0; ; round++) {
                    try {
                        if (patch(server.base(), key, round).statusCode() != 200) {
                            return;
                        }
                        acknowledged.set(round);
                    } catch (IOException | InterruptedException e) {
                        return;
                    }
                }
            });
            writer.start();
            while (acknowledged.get() < 50) {
                Thread.sleep(10);
            }
            server.kill();
            writer.join(30_000);
        }
        int last = acknowledged.get();

        try (JarProcess again = JarProcess.start(directory, env, false)) {
            JsonNode me = read(get(again.base() + "/api/users/@me/", key));
            int stored = Integer.parseInt(me.get("first_name").asText().substring("round ".length()));
            assertThat(stored).as("the last acknowledged change was round %d", last).isBetween(last, last + 1);
            assertThat(me.get("last_name").asText()).isEqualTo("after round " + stored);
            assertThat(read(get(again.base() + "/api/users/@me/hedgehog_config/", key)).get("round").asInt())
                    .isBetween(last, last + 1);

            assertThat(get(again.base() + "/_readyz", null).statusCode()).isEqualTo(200);
            JsonNode users = read(get(again.base() + "/api/users/", key));
            assertThat(users.get("count").asInt()).isEqualTo(1);
            assertThat(users.get("results")).hasSize(1);
            assertThat(patch(again.base(), key, last + 2).statusCode()).isEqualTo(200);
            assertThat(again.stop()).as("128 + SIGTERM").isEqualTo(143);
        }
    }

    /** Round {@code round}: the name in one request, the hedgehog in the next. */
    private HttpResponse<String> patch(String base, String key, int round) throws IOException, InterruptedException {
        HttpResponse<String> named = client.send(HttpRequest.newBuilder(URI.create(base + "/api/users/@me/"))
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(
                        "{\"first_name\": \"round " + round + "\", \"last_name\": \"after round " + round + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (named.statusCode() != 200) {
            return named;
        }
        return client.send(HttpRequest.newBuilder(URI.create(base + "/api/users/@me/hedgehog_config/"))
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"round\": " + round + "}"))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String url, String key) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        return client.send((key == null ? request : request.header("Authorization", "Bearer " + key)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode read(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.read(response);
    }
}
