package dev.burrow.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.burrow.jdbc.testing.EmbeddedPostgresServer;
import dev.burrow.jdbc.testing.PostgresDatabase;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Changes racing on one user, through the real server and a real PostgreSQL: none of them is lost. */
class ConcurrentUpdateTest {

    /** Twice the version check's retries: only the row lock taken for each change can keep every one. */
    private static final int WRITERS = 16;
    private static final int ROUNDS = 5;

    @Test
    void racing_patches_of_different_settings_all_survive() throws Exception {
        try (PostgresDatabase database = EmbeddedPostgresServer.shared().emptyDatabase()) {
            CommandLine.Result serve = new CommandLine(Map.of("PORT", "0", "BURROW_HOST", "127.0.0.1",
                    "DATABASE_URL", database.databaseUrl(), "BURROW_ADMIN_PASSWORD", "first start password")).run("serve");
            assertThat(serve.exitCode()).as(serve.err()).isZero();
            Application server = serve.outcome().server();
            String key = serve.printed("API key:");
            HttpClient client = HttpClient.newHttpClient();
            ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
            try {
                for (int round = 0; round < ROUNDS; round++) {
                    CyclicBarrier start = new CyclicBarrier(WRITERS);
                    List<Future<Integer>> writes = new ArrayList<>();
                    for (int writer = 0; writer < WRITERS; writer++) {
                        String project = round + "-" + writer;
                        String body = "{\"notification_settings\": {\"project_weekly_digest_disabled\": {\"" + project
                                + "\": true}}, \"first_name\": \"writer " + writer + "\"}";
                        writes.add(pool.submit(() -> {
                            start.await();
                            return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                                            + "/api/users/@me/"))
                                    .header("Authorization", "Bearer " + key)
                                    .header("Content-Type", "application/json")
                                    .method("PATCH", HttpRequest.BodyPublishers.ofString(body)).build(),
                                    HttpResponse.BodyHandlers.ofString()).statusCode();
                        }));
                    }
                    for (Future<Integer> write : writes) {
                        assertThat(write.get()).isEqualTo(200);
                    }
                }

                HttpResponse<String> me = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                                + server.port() + "/api/users/@me/")).header("Authorization", "Bearer " + key).build(),
                        HttpResponse.BodyHandlers.ofString());
                JsonNode disabled = new ObjectMapper().readTree(me.body()).get("notification_settings")
                        .get("project_weekly_digest_disabled");
                assertThat(disabled.size()).isEqualTo(WRITERS * ROUNDS);
                for (int round = 0; round < ROUNDS; round++) {
                    for (int writer = 0; writer < WRITERS; writer++) {
                        assertThat(disabled.get(round + "-" + writer).asBoolean()).isTrue();
                    }
                }
            } finally {
                pool.shutdownNow();
                server.close();
            }
        }
    }
}
