package dev.burrow.bootstrap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark's two ceilings answer the bytes bench/run gives them, one with no work and one after a round trip to
 * the database; without {@code BURROW_BENCH_CEILING} neither is served.
 */
class BenchCeilingTest {

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void both_ceilings_answer_the_file_s_bytes(@TempDir Path data) throws Exception {
        Path file = data.resolve("ceiling.json");
        Files.writeString(file, "{\"first_name\":\"Ada\"}");
        try (Application application = Application.open(config(data, Map.of("BURROW_BENCH_CEILING",
                file.toString())))) {
            application.serve();
            for (String path : new String[] {"/_bench/ceiling", "/_bench/round-trip"}) {
                HttpResponse<String> answer = get(application, path);
                assertThat(answer.statusCode()).as(path).isEqualTo(200);
                assertThat(answer.body()).as(path).isEqualTo("{\"first_name\":\"Ada\"}");
                assertThat(answer.headers().firstValue("Content-Type")).as(path).hasValue("application/json");
            }
        }
    }

    @Test
    void neither_is_served_unless_asked_for(@TempDir Path data) throws Exception {
        try (Application application = Application.open(config(data, Map.of()))) {
            application.serve();
            assertThat(get(application, "/_bench/ceiling").statusCode()).isEqualTo(404);
            assertThat(get(application, "/_bench/round-trip").statusCode()).isEqualTo(404);
        }
    }

    private static Config config(Path data, Map<String, String> more) {
        Map<String, String> env = new HashMap<>(Map.of("PORT", "0", "BURROW_HOST", "127.0.0.1",
                "BURROW_DATA_DIR", data.resolve("db").toString()));
        env.putAll(more);
        return Config.fromEnvironment(env);
    }

    private HttpResponse<String> get(Application application, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + application.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
