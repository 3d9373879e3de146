package dev.burrow.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Stopping the server (what SIGTERM and SIGINT do, through Main's signal handlers; JarIT sends a real SIGTERM)
 * loses neither a request nor a write.
 */
class GracefulShutdownTest {

    private static final String PASSWORD = "first start password";

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void a_request_in_flight_is_answered_and_the_last_key_use_is_written(@TempDir Path data) throws Exception {
        CommandLine cli = new CommandLine(Map.of("PORT", "0", "BURROW_HOST", "127.0.0.1",
                "BURROW_ADMIN_EMAIL", "admin@example.com", "BURROW_ADMIN_PASSWORD", PASSWORD,
                "BURROW_DATA_DIR", data.toString()));
        CommandLine.Result serve = cli.run("serve");
        assertThat(serve.exitCode()).as(serve.err()).isZero();
        Application server = serve.outcome().server();
        String key = serve.printed("API key:");
        String base = "http://127.0.0.1:" + server.port();

        // A login checks a password: a quarter second or more of hashing, long enough to stop the server during.
        long started = System.nanoTime();
        assertThat(send(logIn(base)).statusCode()).isEqualTo(400);
        long loginMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        // Key uses are written a second at a time: this one is still waiting when the server stops.
        assertThat(send(get(base + "/api/users/@me/", key)).statusCode()).isEqualTo(200);

        CompletableFuture<HttpResponse<String>> inFlight =
                client.sendAsync(logIn(base), HttpResponse.BodyHandlers.ofString());
        Thread.sleep(Math.max(20, loginMillis / 3));
        server.close();

        HttpResponse<String> answered = inFlight.get(30, TimeUnit.SECONDS);
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(400);
        assertThatThrownBy(() -> client.send(get(base + "/_health", null), HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(ConnectException.class);

        CommandLine.Result again = cli.run("serve");
        assertThat(again.exitCode()).as(again.err()).isZero();
        try {
            String restarted = "http://127.0.0.1:" + again.outcome().server().port();
            JsonNode keys = Http.read(send(get(restarted + "/api/personal_api_keys/", key)));
            assertThat(keys.get(0).get("last_used_at").isNull()).as(keys.toString()).isFalse();
        } finally {
            again.outcome().server().close();
        }
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest get(String url, String key) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        return (key == null ? request : request.header("Authorization", "Bearer " + key)).build();
    }

    private static HttpRequest logIn(String base) {
        return HttpRequest.newBuilder(URI.create(base + "/api/login/"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"email\": \"admin@example.com\", \"password\": \"not the password\"}"))
                .build();
    }
}
