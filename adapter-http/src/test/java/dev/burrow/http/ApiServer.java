package dev.burrow.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.burrow.application.auth.AuthUseCases;
import dev.burrow.application.fake.Persistence;
import dev.burrow.application.fake.TestData;
import dev.burrow.application.user.UserUseCases;
import io.javalin.Javalin;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * burrow's real routes on a free port, over in-memory ports, and a client that speaks to them over HTTP. Tests
 * arrange data through {@link #data()} and assert on exact statuses and bodies.
 */
final class ApiServer implements AutoCloseable {

    static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Persistence persistence;
    private final TestData data;
    private final Javalin app;
    private final HttpClient client = HttpClient.newHttpClient();

    ApiServer() {
        this(Persistence.inMemory());
    }

    ApiServer(Persistence persistence) {
        this.persistence = persistence;
        this.data = new TestData(persistence);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        UserUseCases users = UserUseCases.create(persistence.users(), persistence.directory(), persistence.scenes(),
                clock);
        HttpApi api = new HttpApi(users, AuthUseCases.authenticateApiKey(persistence.apiKeys(), persistence.users(),
                clock), new HttpSettings("https://burrow.example.com/"));
        this.app = api.create().start("127.0.0.1", 0);
    }

    Persistence persistence() {
        return persistence;
    }

    TestData data() {
        return data;
    }

    String base() {
        return "http://127.0.0.1:" + app.port();
    }

    Request request(String method, String path) {
        return new Request(method, path);
    }

    Response get(String path, String key) {
        return request("GET", path).bearer(key).send();
    }

    @Override
    public void close() {
        app.stop();
    }

    /** One request being put together. */
    final class Request {
        private final HttpRequest.Builder builder;
        private final String method;
        private String body;

        private Request(String method, String path) {
            this.method = method;
            this.builder = HttpRequest.newBuilder(URI.create(base() + path));
        }

        Request bearer(String key) {
            return key == null ? this : header("Authorization", "Bearer " + key);
        }

        Request header(String name, String value) {
            builder.header(name, value);
            return this;
        }

        Request json(String json) {
            this.body = json;
            return header("Content-Type", "application/json");
        }

        Response send() {
            builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
            try {
                return new Response(client.send(builder.build(), HttpResponse.BodyHandlers.ofString()));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** A response, with its body as JSON when it is JSON. */
    record Response(HttpResponse<String> raw) {

        int status() {
            return raw.statusCode();
        }

        String body() {
            return raw.body();
        }

        JsonNode json() {
            try {
                return MAPPER.readTree(raw.body());
            } catch (IOException e) {
                throw new IllegalStateException("not JSON: " + raw.body(), e);
            }
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
