package dev.burrow.bootstrap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a script sees of a first start: the first admin is printed before the port takes a connection, the server is
 * not ready before its start-up work is done, and only a password burrow made up is printed.
 */
class FirstStartTest {

    @Test
    void the_first_admin_is_printed_before_the_port_accepts_a_connection(@TempDir Path data) throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AtomicReference<String> printedAtFirstConnection = new AtomicReference<>();
        CountDownLatch connected = new CountDownLatch(1);
        AtomicBoolean stop = new AtomicBoolean();
        // As a script does: try the port over and over, and read the output the moment it answers.
        Thread script = new Thread(() -> {
            while (!stop.get()) {
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
                    printedAtFirstConnection.set(out.toString(StandardCharsets.UTF_8));
                    connected.countDown();
                    return;
                } catch (IOException notYet) {
                    Thread.onSpinWait();
                }
            }
        }, "waits-for-the-port");
        script.start();

        Main.Outcome outcome = Main.run(new String[] {"serve"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                Map.of("PORT", Integer.toString(port), "BURROW_HOST", "127.0.0.1",
                        "BURROW_DATA_DIR", data.toString()));
        try {
            assertThat(outcome.server()).as("serving").isNotNull();
            assertThat(connected.await(30, TimeUnit.SECONDS)).as("the port took a connection").isTrue();
            assertThat(printedAtFirstConnection.get()).contains("  API key:  phx_", "  password: ");
        } finally {
            stop.set(true);
            script.join(TimeUnit.SECONDS.toMillis(30));
            if (outcome.server() != null) {
                outcome.server().close();
            }
        }
    }

    @Test
    void readiness_is_503_until_start_up_work_is_done(@TempDir Path data) throws Exception {
        Config config = Config.fromEnvironment(Map.of("PORT", "0", "BURROW_HOST", "127.0.0.1",
                "BURROW_DATA_DIR", data.toString()));
        try (Application application = Application.open(config)) {
            application.serve();
            URI readyz = URI.create("http://127.0.0.1:" + application.port() + "/_readyz");

            HttpResponse<String> starting = get(readyz);
            assertThat(starting.statusCode()).isEqualTo(503);
            assertThat(starting.body()).isEqualTo("{\"database\":true,\"schema\":true,\"started\":false}");

            application.startupComplete();

            HttpResponse<String> ready = get(readyz);
            assertThat(ready.statusCode()).isEqualTo(200);
            assertThat(ready.body()).isEqualTo("{\"database\":true,\"schema\":true,\"started\":true}");
        }
    }

    @Test
    void a_password_from_the_environment_is_not_printed_back(@TempDir Path data) {
        CommandLine.Result serve = new CommandLine(Map.of("PORT", "0", "BURROW_HOST", "127.0.0.1",
                "BURROW_ADMIN_PASSWORD", "a secret of the operator's", "BURROW_DATA_DIR", data.toString()))
                .run("serve");
        try {
            assertThat(serve.exitCode()).as(serve.err()).isZero();
            assertThat(serve.out()).doesNotContain("a secret of the operator's");
            assertThat(serve.err()).doesNotContain("a secret of the operator's");
            assertThat(serve.printed("password:")).isEqualTo("(set from BURROW_ADMIN_PASSWORD)");
            assertThat(serve.printed("API key:")).startsWith("phx_");
        } finally {
            serve.outcome().server().close();
        }
    }

    @Test
    void a_password_burrow_made_up_is_printed_once(@TempDir Path data) {
        CommandLine cli = new CommandLine(Map.of("PORT", "0", "BURROW_HOST", "127.0.0.1",
                "BURROW_DATA_DIR", data.toString()));
        CommandLine.Result serve = cli.run("serve");
        try {
            assertThat(serve.exitCode()).as(serve.err()).isZero();
            assertThat(serve.printed("password:")).hasSizeGreaterThanOrEqualTo(16).doesNotContain("BURROW");
        } finally {
            serve.outcome().server().close();
        }
        CommandLine.Result again = cli.run("serve");
        try {
            assertThat(again.out()).doesNotContain("password:", "API key:");
        } finally {
            again.outcome().server().close();
        }
    }

    private static HttpResponse<String> get(URI uri) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
