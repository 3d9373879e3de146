package dev.burrow.bootstrap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The operations endpoints of the standalone server, over its real storage. */
class OperationsEndpointsTest {

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void readiness_health_and_prometheus_metrics(@TempDir Path data) throws Exception {
        CommandLine.Result serve = new CommandLine(Map.of("PORT", "0", "BURROW_HOST", "127.0.0.1",
                "BURROW_ADMIN_PASSWORD", "first start password", "BURROW_DATA_DIR", data.toString())).run("serve");
        assertThat(serve.exitCode()).as(serve.err()).isZero();
        Application server = serve.outcome().server();
        try {
            String base = "http://127.0.0.1:" + server.port();
            String key = serve.printed("API key:");
            assertThat(get(base + "/api/users/@me/", key).statusCode()).isEqualTo(200);
            assertThat(get(base + "/api/users/@me/", "phx_unknown").statusCode()).isEqualTo(401);

            HttpResponse<String> ready = get(base + "/_readyz", null);
            assertThat(ready.statusCode()).isEqualTo(200);
            assertThat(ready.body()).isEqualTo("{\"database\":true,\"schema\":true,\"started\":true}");
            assertThat(get(base + "/_health", null).statusCode()).isEqualTo(200);

            HttpResponse<String> metrics = get(base + "/metrics", null);
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/plain"));
            assertThat(metrics.body()).contains(
                    "http_server_requests_seconds_count{method=\"GET\",route=\"/api/users/{uuid}\",status=\"200\"} 1",
                    "http_server_requests_seconds_count{method=\"GET\",route=\"/api/users/{uuid}\",status=\"401\"} 1",
                    "http_server_requests_seconds_bucket{method=\"GET\",route=\"/api/users/{uuid}\",status=\"200\"",
                    "hikaricp_connections_active{pool=",
                    "burrow_password_hashing_queue ",
                    "jvm_memory_used_bytes{");
        } finally {
            server.close();
        }
    }

    private HttpResponse<String> get(String url, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        return client.send((key == null ? request : request.header("Authorization", "Bearer " + key)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
