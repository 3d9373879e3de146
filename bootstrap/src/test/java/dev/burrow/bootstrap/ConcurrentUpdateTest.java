package dev.burrow.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import dev.burrow.jdbc.testing.EmbeddedPostgresServer;
import dev.burrow.jdbc.testing.PostgresDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import static org.assertj.core.api.Assertions.assertThat;

/** Changes racing on one user, through the real server and a real PostgreSQL: none of them is lost. */
class ConcurrentUpdateTest {

    /** Twice the version check's retries: only the row lock taken for each change can keep every one. */
    private static final int WRITERS = 16;
    private static final int ROUNDS = 5;

    private PostgresDatabase database;
    private Application server;
    private String key;
    private final HttpClient client = HttpClient.newHttpClient();
    private final ExecutorService pool = Executors.newFixedThreadPool(WRITERS);

    @BeforeEach
    void start() {
        database = EmbeddedPostgresServer.shared().emptyDatabase();
        CommandLine.Result serve = new CommandLine(Map.of("PORT", "0", "BURROW_HOST", "127.0.0.1",
                "DATABASE_URL", database.databaseUrl(), "BURROW_ADMIN_PASSWORD", "first start password")).run("serve");
        assertThat(serve.exitCode()).as(serve.err()).isZero();
        server = serve.outcome().server();
        key = serve.printed("API key:");
    }

    @AfterEach
    void stop() {
        pool.shutdownNow();
        server.close();
        database.close();
    }

    @Test
    void racing_patches_of_different_settings_all_survive() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            int thisRound = round;
            race(writer -> request("/api/users/@me/").method("PATCH", HttpRequest.BodyPublishers.ofString(
                    "{\"notification_settings\": {\"project_weekly_digest_disabled\": {\"" + thisRound + "-" + writer
                            + "\": true}}, \"first_name\": \"writer " + writer + "\"}")).build());
        }

        JsonNode disabled = get("/api/users/@me/").get("notification_settings").get("project_weekly_digest_disabled");
        assertThat(disabled.size()).isEqualTo(WRITERS * ROUNDS);
        for (int round = 0; round < ROUNDS; round++) {
            for (int writer = 0; writer < WRITERS; writer++) {
                assertThat(disabled.get(round + "-" + writer).asBoolean()).isTrue();
            }
        }
    }

    /**
     * Saves that send no priority race one that sets it: whatever the order, the priority stays, and all of them
     * found or made the same single config.
     */
    @Test
    void racing_signal_autonomy_saves_keep_every_key_sent() throws Exception {
        String path = "/api/users/@me/signal_autonomy/";
        for (int round = 0; round < ROUNDS; round++) {
            String priority = "P" + round;
            List<HttpResponse<String>> saved = race(writer -> request(path).POST(HttpRequest.BodyPublishers.ofString(
                    writer == 0 ? "{\"autostart_priority\": \"" + priority + "\"}" : "{}")).build());

            assertThat(saved.stream().map(response -> Http.read(response).get("id").asText()).distinct())
                    .hasSize(1);
            assertThat(get(path).get("autostart_priority").asText()).isEqualTo(priority);
        }
    }

    /** Sends every writer's request at once and waits for them all, each of which must succeed. */
    private List<HttpResponse<String>> race(IntFunction<HttpRequest> requestOf) throws Exception {
        CyclicBarrier start = new CyclicBarrier(WRITERS);
        List<Future<HttpResponse<String>>> sent = new ArrayList<>();
        for (int writer = 0; writer < WRITERS; writer++) {
            HttpRequest request = requestOf.apply(writer);
            sent.add(pool.submit(() -> {
                start.await(1, TimeUnit.MINUTES);
                return client.send(request, HttpResponse.BodyHandlers.ofString());
            }));
        }
        List<HttpResponse<String>> responses = new ArrayList<>();
        for (Future<HttpResponse<String>> response : sent) {
            HttpResponse<String> answered = response.get(1, TimeUnit.MINUTES);
            assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
            responses.add(answered);
        }
        return responses;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofMinutes(1))
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/json");
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        return Http.read(client.send(request(path).build(), HttpResponse.BodyHandlers.ofString()));
    }
}
