package dev.burrow.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.burrow.application.Ports;
import dev.burrow.application.user.ComposedProfileReads;
import dev.burrow.application.credential.DjangoPasswordHasher;
import dev.burrow.application.credential.PasswordHasher;
import dev.burrow.application.fake.FakeGithubApp;
import dev.burrow.application.fake.MovableClock;
import dev.burrow.application.fake.Persistence;
import dev.burrow.application.fake.RecordingMailer;
import dev.burrow.application.fake.TestData;
import dev.burrow.application.health.ReadinessCheck;
import dev.burrow.application.session.Geolocation;
import dev.burrow.webauthn.Webauthn4jVerifier;
import io.javalin.Javalin;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * burrow's real routes on a free port, over in-memory ports, with a clock the test moves, and a client that speaks
 * to them over HTTP. Tests arrange data through {@link #data()} and assert on exact statuses and bodies.
 */
final class ApiServer implements AutoCloseable {

    static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    static final String SITE = "https://burrow.example.com";
    /** Fast hashes keep login tests quick; the format is still Django's. */
    static final PasswordHasher HASHER = new DjangoPasswordHasher(1000, new SecureRandom());
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Persistence persistence;
    private final TestData data;
    private final MovableClock clock = new MovableClock(NOW);
    private final RecordingMailer mailer = new RecordingMailer(false);
    private final FakeGithubApp github = new FakeGithubApp(SITE);
    private final Javalin app;
    private final HttpApi httpApi;
    private final HttpClient client = HttpClient.newHttpClient();
    /** Where burrow's routes are, for holding answers to the OpenAPI document; null checks none. */
    private volatile String checkedUnder = "";
    /** What {@code GET /_readyz} hears from storage; a test may make it fail. */
    private volatile ReadinessCheck.Readiness readiness = new ReadinessCheck.Readiness(true, true);
    /** Where login sessions are placed; nowhere unless a test says otherwise. */
    private volatile Geolocation geolocation = Geolocation.NONE;

    ApiServer() {
        this(Persistence.inMemory());
    }

    ApiServer(Persistence persistence) {
        this(persistence, settings -> settings, api -> api.create().start("127.0.0.1", 0));
    }

    /**
     * burrow over {@code persistence}, with {@code settings} changed as the test needs, served by the started
     * Javalin app {@code serve} makes of it (burrow's own server, or a host's app it is mounted in).
     */
    ApiServer(Persistence persistence, UnaryOperator<HttpSettings> settings, Function<HttpApi, Javalin> serve) {
        this.persistence = persistence;
        this.data = new TestData(persistence);
        // Only the ports are the test's own: the use cases are wired as burrow's server and embedding hosts wire them.
        UseCases useCases = UseCases.over(new Ports(persistence.users(), persistence.apiKeys(),
                persistence.apiKeys()::recordUse, persistence.directory(), persistence.scenes(),
                persistence.dashboards(), persistence.sessions(), persistence.rateLimiter(), persistence.totpDevices(),
                persistence.backupCodes(), persistence.twoFactorSetups(), persistence.verifications(),
                persistence.signalAutonomy(), persistence.githubInstallations(), persistence.teamInstallations(),
                persistence.linkStates(), persistence.transactions(), HASHER, mailer, github, clock,
                new SecureRandom(), persistence.signingSecrets(),
                persistence.webauthnCredentials(), persistence.webauthnChallenges(),
                Webauthn4jVerifier.forSite(SITE), new ComposedProfileReads(persistence.apiKeys(),
                persistence.sessions(), persistence.users(), persistence.directory(), persistence.scenes(),
                persistence.totpDevices())), () -> readiness, address -> geolocation.locate(address));
        this.httpApi = new HttpApi(useCases, settings.apply(new HttpSettings(SITE + "/")));
        this.app = serve.apply(httpApi);
    }

    /** Every route the API registers, as {@code "GET /api/users"}. */
    List<String> routes() {
        return httpApi.routes();
    }

    Persistence persistence() {
        return persistence;
    }

    void geolocation(Geolocation geolocation) {
        this.geolocation = geolocation;
    }

    void readiness(ReadinessCheck.Readiness readiness) {
        this.readiness = readiness;
    }

    /**
     * Holds the answers to paths under {@code prefix} (burrow's mount point) to the OpenAPI document; null holds
     * none. Every answer at the root is held to it unless a test says otherwise.
     */
    ApiServer checkedUnder(String prefix) {
        this.checkedUnder = prefix;
        return this;
    }

    TestData data() {
        return data;
    }

    FakeGithubApp github() {
        return github;
    }

    RecordingMailer mailer() {
        return mailer;
    }

    Instant now() {
        return clock.instant();
    }

    void advance(Duration duration) {
        clock.advance(duration);
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

    /**
     * Sends {@code request} as it is, over a socket of its own, so that paths and headers no HTTP client would send
     * reach the server byte for byte, and reads the whole answer (ask for the connection to close after it: HTTP/1.0
     * or {@code Connection: close}), decoded as UTF-8.
     */
    String raw(String request) throws IOException {
        return raw(request.getBytes(StandardCharsets.ISO_8859_1), false);
    }

    /**
     * {@link #raw(String)} for a request in bytes; {@code stopSending} shuts the socket's output after it, as a
     * client does that goes away before its body is whole.
     */
    String raw(byte[] request, boolean stopSending) throws IOException {
        URI base = URI.create(base());
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request);
            socket.getOutputStream().flush();
            if (stopSending) {
                socket.shutdownOutput();
            }
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() {
        app.stop();
    }

    /** One request being put together. */
    final class Request {
        private final HttpRequest.Builder builder;
        private final String method;
        private final Map<String, String> cookies = new LinkedHashMap<>();
        private byte[] body;

        private final String path;

        private Request(String method, String path) {
            this.method = method;
            this.path = path;
            this.builder = HttpRequest.newBuilder(URI.create(base() + path));
        }

        Request bearer(String key) {
            return key == null ? this : header("Authorization", "Bearer " + key);
        }

        Request header(String name, String value) {
            builder.header(name, value);
            return this;
        }

        Request cookie(String name, String value) {
            cookies.put(name, value);
            return this;
        }

        /** Logged in as {@code session}: its cookies, and its CSRF token in the header. */
        Request session(Browser session) {
            cookie("sessionid", session.sessionKey());
            if (session.csrfToken() != null) {
                cookie("posthog_csrftoken", session.csrfToken());
            }
            if (session.csrfHeader() != null) {
                header("X-CSRFToken", session.csrfHeader());
            }
            return this;
        }

        /** A body as it is, with whatever content type the test set. */
        Request bodyText(String text) {
            this.body = text.getBytes(StandardCharsets.UTF_8);
            return this;
        }

        /** A JSON body of any bytes at all, valid UTF-8 or not. */
        Request jsonBytes(byte[] bytes) {
            this.body = bytes.clone();
            return header("Content-Type", "application/json");
        }

        Request json(String json) {
            return jsonBytes(json.getBytes(StandardCharsets.UTF_8));
        }

        Response send() {
            if (!cookies.isEmpty()) {
                builder.header("Cookie", String.join("; ", cookies.entrySet().stream()
                        .map(cookie -> cookie.getKey() + "=" + cookie.getValue()).toList()));
            }
            builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
            try {
                Response response = new Response(client.send(builder.build(), HttpResponse.BodyHandlers.ofString()));
                String prefix = checkedUnder;
                String bare = URI.create(base() + path).getPath();
                if (prefix != null && (prefix.isEmpty() || bare.equals(prefix) || bare.startsWith(prefix + "/"))) {
                    SchemaCheck.instance().check(method, bare.substring(prefix.length()), response.status(),
                            response.header("Content-Type"), response.body());
                }
                return response;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * What a browser keeps of a login: the session key and the CSRF token (its cookie), and what it echoes in the
     * {@code X-CSRFToken} header.
     */
    record Browser(String sessionKey, String csrfToken, String csrfHeader) {

        Browser(String sessionKey, String csrfToken) {
            this(sessionKey, csrfToken, csrfToken);
        }

        /** Neither the CSRF cookie nor the header: a session cookie alone. */
        Browser withoutCsrf() {
            return new Browser(sessionKey, null, null);
        }

        /** The CSRF cookie, as the browser keeps it, but no header: what a form another site posts carries. */
        Browser withoutCsrfHeader() {
            return new Browser(sessionKey, csrfToken, null);
        }
    }

    /** Logs in with a password and returns the browser's cookies; fails the test unless the login succeeds. */
    Browser logIn(String email, String password) {
        Response response = request("POST", "/api/login/")
                .json("{\"email\": \"" + email + "\", \"password\": \"" + password + "\"}").send();
        if (response.status() != 200) {
            throw new AssertionError("login failed: " + response.status() + " " + response.body());
        }
        return new Browser(response.cookie("sessionid"), response.cookie("posthog_csrftoken"));
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

        /** The full Set-Cookie header for {@code name}. */
        String setCookie(String name) {
            List<String> all = raw.headers().allValues("Set-Cookie");
            return all.stream().filter(cookie -> cookie.startsWith(name + "=")).findFirst().orElse(null);
        }

        /** The value a Set-Cookie header gives {@code name}. */
        String cookie(String name) {
            String header = setCookie(name);
            return header == null ? null : header.substring(name.length() + 1, header.indexOf(';'));
        }
    }

    /** PostHog's error body. */
    static JsonNode error(String type, String code, String detail, String attr) {
        var body = MAPPER.createObjectNode();
        body.put("type", type);
        body.put("code", code);
        body.put("detail", detail);
        body.put("attr", attr);
        return body;
    }

    static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
