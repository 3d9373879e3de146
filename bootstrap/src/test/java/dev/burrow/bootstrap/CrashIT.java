package dev.burrow.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import dev.burrow.jdbc.testing.EmbeddedPostgresServer;
import dev.burrow.jdbc.testing.PostgresDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code kill -9} in the middle of a stream of changes: after a restart, every change the server acknowledged is
 * there (the one in flight may or may not be), and the database opens and answers as before.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class CrashIT {

    private static final int ROUNDS_BEFORE_THE_KILL = 50;
    /** Each wait is bounded by this, generous for a machine busy with other builds. */
    private static final Duration PATIENCE = Duration.ofSeconds(120);

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
        AtomicReference<String> stoppedBecause = new AtomicReference<>("it is still writing");
        CountDownLatch enoughOrStopped = new CountDownLatch(1);
        String key;
        try (JarProcess server = JarProcess.start(directory, env, true)) {
            key = server.key();
            Thread writer = new Thread(() -> {
                try {
                    for (int round = 0; ; round++) {
                        HttpResponse<String> answer = patch(server.base(), key, round);
                        if (answer.statusCode() != 200) {
                            stoppedBecause.set("round " + round + " answered " + answer.statusCode() + ": "
                                    + answer.body());
                            return;
                        }
                        acknowledged.set(round);
                        if (round >= ROUNDS_BEFORE_THE_KILL) {
                            enoughOrStopped.countDown();
                        }
                    }
                } catch (IOException | InterruptedException e) {
                    stoppedBecause.set(e.toString());
                } finally {
                    enoughOrStopped.countDown();
                }
            }, "crash-writer");
            writer.start();
            assertThat(enoughOrStopped.await(PATIENCE.toSeconds(), TimeUnit.SECONDS))
                    .as("%d rounds acknowledged within %d s (so far %d)", ROUNDS_BEFORE_THE_KILL,
                            PATIENCE.toSeconds(), acknowledged.get())
                    .isTrue();
            assertThat(acknowledged.get()).as("the writer stopped before the kill: %s", stoppedBecause)
                    .isGreaterThanOrEqualTo(ROUNDS_BEFORE_THE_KILL);
            server.kill();
            writer.join(PATIENCE.toMillis());
            assertThat(writer.isAlive()).as("the writer still waits %d s after the kill", PATIENCE.toSeconds())
                    .isFalse();
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
                .timeout(PATIENCE)
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(
                        "{\"first_name\": \"round " + round + "\", \"last_name\": \"after round " + round + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (named.statusCode() != 200) {
            return named;
        }
        return client.send(HttpRequest.newBuilder(URI.create(base + "/api/users/@me/hedgehog_config/"))
                .timeout(PATIENCE)
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"round\": " + round + "}"))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String url, String key) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(PATIENCE);
        return client.send((key == null ? request : request.header("Authorization", "Bearer " + key)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode read(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.read(response);
    }
}
