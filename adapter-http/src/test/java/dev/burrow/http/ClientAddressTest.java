package dev.burrow.http;

import dev.burrow.http.auth.ClientAddress;
import io.javalin.Javalin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Behind two proxies, the client is the second address from the right, and never one the client wrote itself. */
class ClientAddressTest {

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private Javalin app;

    @BeforeEach
    void start() {
        ClientAddress clients = new ClientAddress(2);
        app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.get("/whoami", ctx -> ctx.result(clients.of(ctx)));
        }).start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    @Test
    void the_address_the_nearer_proxy_saw_is_the_client() throws Exception {
        assertThat(whoami("6.6.6.6, 203.0.113.7, 10.0.0.2")).isEqualTo("203.0.113.7");
        assertThat(whoami("203.0.113.7 , 10.0.0.2")).isEqualTo("203.0.113.7");
    }

    @Test
    void with_fewer_entries_than_proxies_the_connection_s_address_is_used() throws Exception {
        assertThat(whoami("6.6.6.6")).isEqualTo("127.0.0.1");
        assertThat(whoami(null)).isEqualTo("127.0.0.1");
    }

    private String whoami(String forwardedFor) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/whoami"))
                .timeout(Duration.ofSeconds(10));
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
