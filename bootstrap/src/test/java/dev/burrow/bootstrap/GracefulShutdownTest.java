package dev.burrow.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Stopping the server (what SIGTERM and SIGINT do, through Main's signal handlers; JarIT sends a real SIGTERM)
 * loses neither a request nor a write.
 *
 * <p>The request in flight is held in the handler by the test, not by a guess at how long it takes: it is sent with
 * {@code Expect: 100-continue} and without its body. Jetty answers {@code 100 Continue} only once the handler asks
 * for the body, so from then on the request is inside the server; the test stops the server, sees it refuse new
 * connections (the stop has begun), and only then sends the body and reads the answer.
 */
@Timeout(120)
class GracefulShutdownTest {

    private static final String PASSWORD = "first start password";
    private static final String WRONG_LOGIN =
            "{\"email\": \"admin@example.com\", \"password\": \"not the password\"}";
    /** Generous: each wait is for something that should take milliseconds, on a machine that may be loaded. */
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void a_request_in_flight_is_answered_and_the_last_key_use_is_written(@TempDir Path data) throws Exception {
        CommandLine cli = new CommandLine(Map.of("PORT", "0", "BURROW_HOST", "127.0.0.1",
                "BURROW_ADMIN_EMAIL", "admin@example.com", "BURROW_ADMIN_PASSWORD", PASSWORD,
                "BURROW_DATA_DIR", data.toString()));
        CommandLine.Result serve = cli.run("serve");
        assertThat(serve.exitCode()).as(serve.err()).isZero();
        Application server = serve.outcome().server();
        String key = serve.printed("API key:");
        int port = server.port();
        String base = "http://127.0.0.1:" + port;

        // Key uses are written a second at a time: this one is still waiting when the server stops.
        assertThat(send(get(base + "/api/users/@me/", key)).statusCode()).isEqualTo(200);

        try (Socket inFlight = new Socket()) {
            inFlight.connect(new InetSocketAddress("127.0.0.1", port), (int) PATIENCE.toMillis());
            inFlight.setSoTimeout((int) PATIENCE.toMillis());
            byte[] body = WRONG_LOGIN.getBytes(StandardCharsets.UTF_8);
            OutputStream out = inFlight.getOutputStream();
            out.write(("POST /api/login/ HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n"
                    + "Expect: 100-continue\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = inFlight.getInputStream();
            assertThat(readHead(in)).as("the handler asked for the body").startsWith("HTTP/1.1 100 ");

            CompletableFuture<Void> stopping = CompletableFuture.runAsync(server::close);
            awaitRefused(port);
            assertThat(stopping).as("the stop waits for the request in flight").isNotDone();

            out.write(body);
            out.flush();
            String head = readHead(in);
            assertThat(head).as("the request in flight is answered").startsWith("HTTP/1.1 400 ");
            assertThat(readBody(in, head)).contains("invalid_credentials");
            stopping.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        }
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

    /** Waits (within {@link #PATIENCE}) until the port refuses connections: the server has begun to stop. */
    private static void awaitRefused(int port) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() - deadline < 0) {
            try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            } catch (ConnectException refused) {
                return;
            } catch (IOException e) {
                // A timeout or a reset: not yet a refusal; try again.
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the server still accepted connections " + PATIENCE.toSeconds()
                + " s after it was told to stop");
    }

    /** Reads an answer's status line and headers, up to the blank line. */
    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
            int next = in.read();
            if (next < 0) {
                throw new AssertionError("the connection closed after: " + head.toString(StandardCharsets.US_ASCII));
            }
            head.write(next);
        }
        return head.toString(StandardCharsets.US_ASCII);
    }

    private static String readBody(InputStream in, String head) throws IOException {
        String length = head.lines().filter(line -> line.toLowerCase().startsWith("content-length:"))
                .map(line -> line.substring("content-length:".length()).strip()).findFirst()
                .orElseThrow(() -> new AssertionError("no Content-Length in: " + head));
        return new String(in.readNBytes(Integer.parseInt(length)), StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest get(String url, String key) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(PATIENCE);
        return (key == null ? request : request.header("Authorization", "Bearer " + key)).build();
    }
}
