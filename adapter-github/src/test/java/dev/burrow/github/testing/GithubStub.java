package dev.burrow.github.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.burrow.github.GithubAppSettings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GitHub on a local port, as far as burrow's GitHub App talks to it: App JWTs verified against the App's public
 * key, installation tokens with a chosen lifetime, installations and their repositories over GitHub's pagination,
 * OAuth codes for users who can reach installations, uninstalls; and, on demand, GitHub's failures (errors, rate
 * limits, answers that never come, revoked tokens). The REST API lives under {@code /api/v3}, as on GitHub
 * Enterprise, and the web endpoints at the root. It is in the test-jar so that bootstrap's end-to-end tests drive
 * the same GitHub.
 *
 * <p>Paths given to the failure methods are the API's paths as GitHub's docs write them
 * ({@code /installation/repositories}, {@code /app/installations/42/access_tokens}, {@code /user}) or the web's
 * ({@code /login/oauth/access_token}); each failure is used up by one request to that path, in the order given.
 */
public final class GithubStub implements AutoCloseable {

    public static final String APP_ID = "4242";
    public static final String CLIENT_ID = "Iv1.burrowstub";
    public static final String CLIENT_SECRET = "stub-client-secret";
    public static final String SLUG = "burrow-stub";
    public static final String API_VERSION = "2022-11-28";

    private static final String API_PATH = "/api/v3";
    private static final int DEFAULT_PER_PAGE = 30;
    private static final int MAX_PER_PAGE = 100;
    /** GitHub refuses an App JWT that expires more than ten minutes from now. */
    private static final long MAX_JWT_SECONDS = 600;
    private static final Pattern ACCESS_TOKENS = Pattern.compile("/app/installations/(\\d+)/access_tokens");
    private static final Pattern INSTALLATION = Pattern.compile("/app/installations/(\\d+)");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService workers;
    private final AppKeyPair key;
    private final SecureRandom random = new SecureRandom();
    private final Map<Long, List<JsonNode>> installations = new ConcurrentHashMap<>();
    private final Map<String, IssuedToken> installationTokens = new ConcurrentHashMap<>();
    private final Set<String> revoked = ConcurrentHashMap.newKeySet();
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final Map<String, Grant> userTokens = new ConcurrentHashMap<>();
    private final Map<String, Queue<Canned>> canned = new ConcurrentHashMap<>();
    private final List<Long> uninstalled = new CopyOnWriteArrayList<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger jwtsAccepted = new AtomicInteger();
    private final AtomicInteger answered = new AtomicInteger();
    private final AtomicBoolean closed = new AtomicBoolean();
    /** Opened on close: releases the requests {@link #silentOnce} holds. */
    private final CountDownLatch closing = new CountDownLatch(1);
    private volatile Clock clock = Clock.systemUTC();
    private volatile Duration tokenLifetime = Duration.ofHours(1);

    static {
        // The JDK's server writes an answer's headers and body apart; with Nagle's algorithm on, the body then waits
        // for the client's delayed ACK, some 40 ms per request. Read once, when the first server starts.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private GithubStub(AppKeyPair key) throws IOException {
        this.key = key;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        // One thread per exchange, so an answer held back to test a timeout does not hold back the others.
        this.workers = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "github-stub");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(workers);
        server.createContext("/", this::handle);
        server.start();
    }

    /** A stub whose App key is the test run's shared pair. */
    public static GithubStub start() {
        return start(AppKeyPair.shared());
    }

    /** A stub that takes only JWTs signed with {@code key}. */
    public static GithubStub start(AppKeyPair key) {
        try {
            return new GithubStub(key);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            closing.countDown();
            server.stop(0);
            workers.shutdownNow();
        }
    }

    /** The web root ({@code GithubAppSettings.webBaseUrl}). */
    public String webUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The REST API root ({@code GithubAppSettings.apiBaseUrl}). */
    public String apiUrl() {
        return webUrl() + API_PATH;
    }

    public AppKeyPair key() {
        return key;
    }

    /** The App's private key as GitHub hands it out (PKCS#1 PEM). */
    public String privateKeyPem() {
        return key.pkcs1Pem();
    }

    /** Settings for an App fully configured against this stub, GitHub sending users back to {@code siteUrl}. */
    public GithubAppSettings settings(String siteUrl) {
        return settings(siteUrl, Duration.ofSeconds(5));
    }

    public GithubAppSettings settings(String siteUrl, Duration timeout) {
        return new GithubAppSettings(APP_ID, privateKeyPem(), CLIENT_ID, CLIENT_SECRET, SLUG, apiUrl(), webUrl(),
                siteUrl, timeout);
    }

    /** GitHub's time, for JWT checks and token expiry; a test that moves burrow's clock gives the same one here. */
    public void clock(Clock newClock) {
        clock = newClock;
    }

    /** How long installation tokens issued from now on live (GitHub: one hour). */
    public void tokenLifetime(Duration lifetime) {
        tokenLifetime = lifetime;
    }

    /** The App is installed as {@code installation}, reaching no repository so far. */
    public GithubStub installation(long installation) {
        installations.computeIfAbsent(installation, id -> new CopyOnWriteArrayList<>());
        return this;
    }

    /**
     * The installation reaches {@code count} more well-formed repositories, named {@code repo-<n>} on the account
     * {@code octo-<installation>}, with ids {@code installation * 1,000,000 + n}.
     */
    public GithubStub repositories(long installation, int count) {
        List<JsonNode> list = installations.computeIfAbsent(installation, id -> new CopyOnWriteArrayList<>());
        int first = list.size() + 1;
        List<JsonNode> added = new ArrayList<>();
        for (int n = first; n < first + count; n++) {
            added.add(parse(repositoryJson(installation * 1_000_000 + n, "octo-" + installation + "/repo-" + n)));
        }
        list.addAll(added);
        return this;
    }

    /** The installation reaches one more repository, listed exactly as {@code json} (malformed, if need be). */
    public GithubStub repository(long installation, String json) {
        installations.computeIfAbsent(installation, id -> new CopyOnWriteArrayList<>()).add(parse(json));
        return this;
    }

    /**
     * GitHub takes {@code code}, once, for the GitHub user {@code login}, whose token reaches {@code installations}
     * (JSON as GitHub lists them, see {@link #installationJson}).
     */
    public GithubStub oauthCode(String code, String login, List<String> installationsJson) {
        List<JsonNode> reachable = new ArrayList<>();
        installationsJson.forEach(json -> reachable.add(parse(json)));
        codes.put(code, new Grant(login, List.copyOf(reachable)));
        return this;
    }

    /** A repository as {@code GET /installation/repositories} lists it, every field present. */
    public static String repositoryJson(long id, String fullName) {
        ObjectNode repository = MAPPER.createObjectNode()
                .put("id", id)
                .put("node_id", "R_" + id)
                .put("name", fullName.substring(fullName.indexOf('/') + 1))
                .put("full_name", fullName)
                .put("private", id % 2 == 0)
                .put("default_branch", "main")
                .put("language", "Java")
                .put("pushed_at", "2026-11-01T10:00:00Z")
                .put("archived", false);
        repository.putObject("owner").put("login", fullName.substring(0, fullName.indexOf('/')));
        repository.putObject("permissions").put("admin", false).put("push", true).put("pull", true);
        return repository.toString();
    }

    /** An installation as {@code GET /user/installations} lists it. */
    public static String installationJson(long id, String accountLogin, String accountType, String selection) {
        ObjectNode installation = MAPPER.createObjectNode().put("id", id).put("app_id", Long.parseLong(APP_ID));
        installation.putObject("account").put("login", accountLogin).put("type", accountType);
        return installation.put("repository_selection", selection).put("target_type", accountType).toString();
    }

    /** The next request to {@code path} gets {@code status} with GitHub's error body. */
    public GithubStub failOnce(String path, int status) {
        return answerOnce(path, status, Map.of(), error(status == 401 ? "Bad credentials" : "Server Error"));
    }

    /** The next request to {@code path} gets exactly this answer. */
    public GithubStub answerOnce(String path, int status, Map<String, String> headers, String body) {
        return enqueue(path, new Canned(null, false, status, Map.copyOf(headers), body));
    }

    /** The next request to {@code path} finds the App's primary rate limit spent until {@code reset}. */
    public GithubStub rateLimitOnce(String path, Instant reset) {
        return answerOnce(path, 403, Map.of("x-ratelimit-limit", "5000", "x-ratelimit-remaining", "0",
                "x-ratelimit-used", "5000", "x-ratelimit-reset", Long.toString(reset.getEpochSecond())),
                error("API rate limit exceeded for installation."));
    }

    /** The next request to {@code path} hits a secondary rate limit, to be retried after {@code seconds}. */
    public GithubStub retryAfterOnce(String path, long seconds) {
        return answerOnce(path, 429, Map.of("retry-after", Long.toString(seconds)),
                error("You have exceeded a secondary rate limit. Please wait a few minutes before you try again."));
    }

    /**
     * The next request to {@code path} is never answered: the stub holds it until the stub is closed. A timeout test
     * uses this rather than a slow answer, so that no load on the machine can make the answer come in time.
     */
    public GithubStub silentOnce(String path) {
        return enqueue(path, new Canned(null, true, 0, Map.of(), null));
    }

    /**
     * The next request to {@code path} runs {@code action} (a test moving its clocks, say), then is answered as
     * usual.
     */
    public GithubStub onceBefore(String path, Runnable action) {
        return enqueue(path, new Canned(action, false, 0, Map.of(), null));
    }

    /** Every installation token issued so far is refused from now on, as when GitHub revokes them early. */
    public void revokeTokens() {
        revoked.addAll(installationTokens.keySet());
    }

    public int tokensIssued() {
        return installationTokens.size();
    }

    /** App JWTs that passed every check: signature, algorithm, issuer and times. */
    public int jwtsAccepted() {
        return jwtsAccepted.get();
    }

    public List<Long> uninstalled() {
        return List.copyOf(uninstalled);
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** The requests to {@code path}, as the failure methods name paths. */
    public List<Request> requests(String path) {
        return requests.stream().filter(request -> request.path().equals(path)).toList();
    }

    /** A request as the stub received it; {@code path} relative to the API root for API calls. */
    public record Request(String method, String path, String query, Map<String, List<String>> headers,
                          String body) {

        /** The first value of a header, whatever its case, or null. */
        public String header(String name) {
            List<String> values = headers.get(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        }
    }

    private record IssuedToken(long installation, Instant expiresAt) {
    }

    private record Grant(String login, List<JsonNode> installations) {
    }

    /** One canned turn: an action run first, or silence until the stub closes, or else an answer of its own. */
    private record Canned(Runnable before, boolean silent, int status, Map<String, String> headers, String body) {
    }

    private record Reply(int status, Map<String, String> headers, String body) {

        static Reply json(int status, JsonNode body) {
            return new Reply(status, Map.of("Content-Type", "application/json; charset=utf-8"), body.toString());
        }
    }

    private GithubStub enqueue(String path, Canned answer) {
        canned.computeIfAbsent(path, p -> new ConcurrentLinkedQueue<>()).add(answer);
        return this;
    }

    private void handle(HttpExchange exchange) {
        try {
            String rawPath = exchange.getRequestURI().getRawPath();
            boolean api = rawPath.startsWith(API_PATH + "/");
            Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, List.copyOf(values)));
            Request request = new Request(exchange.getRequestMethod(),
                    api ? rawPath.substring(API_PATH.length()) : rawPath, exchange.getRequestURI().getRawQuery(),
                    Collections.unmodifiableMap(headers),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            requests.add(request);
            Reply reply = reply(request, api);
            if (reply != null) {
                send(exchange, reply);
            }
        } catch (IOException e) {
            // The client gave up (a timeout under test): nobody is left to answer.
        } finally {
            exchange.close();
        }
    }

    private Reply reply(Request request, boolean api) {
        Queue<Canned> queue = canned.get(request.path());
        Canned next = queue == null ? null : queue.poll();
        if (next != null) {
            if (next.before() != null) {
                next.before().run();
            }
            if (next.silent()) {
                holdUntilClosed();
                return null;
            }
            if (next.status() != 0) {
                return new Reply(next.status(), withJson(next.headers()), next.body());
            }
        }
        String version = request.header("X-GitHub-Api-Version");
        if (version != null && !API_VERSION.equals(version)) {
            return Reply.json(400, parse(error("API version " + version + " is not supported.")));
        }
        if (!api) {
            boolean exchange = request.method().equals("POST") && request.path().equals("/login/oauth/access_token");
            return exchange ? oauthAccessToken(request) : notFound();
        }
        Matcher accessTokens = ACCESS_TOKENS.matcher(request.path());
        Matcher installation = INSTALLATION.matcher(request.path());
        String route = request.method() + " " + request.path();
        if (request.method().equals("POST") && accessTokens.matches()) {
            return accessToken(request, Long.parseLong(accessTokens.group(1)));
        } else if (request.method().equals("DELETE") && installation.matches()) {
            return uninstall(request, Long.parseLong(installation.group(1)));
        } else if (route.equals("GET /installation/repositories")) {
            return installationRepositories(request);
        } else if (route.equals("GET /user")) {
            Grant grant = known(userTokens, bearer(request));
            return grant == null ? badCredentials()
                    : Reply.json(200, MAPPER.createObjectNode().put("login", grant.login()).put("type", "User"));
        } else if (route.equals("GET /user/installations")) {
            Grant grant = known(userTokens, bearer(request));
            return grant == null ? badCredentials() : Reply.json(200, page(request, "installations",
                    grant.installations()));
        }
        return notFound();
    }

    private Reply accessToken(Request request, long installation) {
        if (!acceptedJwt(request)) {
            return Reply.json(401, parse(error("A JSON web token could not be decoded")));
        }
        if (!installations.containsKey(installation)) {
            return notFound();
        }
        String token = "ghs_" + HexFormat.of().formatHex(randomBytes());
        Instant expiresAt = clock.instant().plus(tokenLifetime).truncatedTo(ChronoUnit.SECONDS);
        installationTokens.put(token, new IssuedToken(installation, expiresAt));
        ObjectNode body = MAPPER.createObjectNode().put("token", token).put("expires_at", expiresAt.toString());
        body.putObject("permissions").put("contents", "read").put("metadata", "read");
        return Reply.json(201, body.put("repository_selection", "selected"));
    }

    private Reply uninstall(Request request, long installation) {
        if (!acceptedJwt(request)) {
            return Reply.json(401, parse(error("A JSON web token could not be decoded")));
        }
        if (installations.remove(installation) == null) {
            return notFound();
        }
        uninstalled.add(installation);
        installationTokens.forEach((token, issued) -> {
            if (issued.installation() == installation) {
                revoked.add(token);
            }
        });
        return new Reply(204, Map.of(), "");
    }

    private Reply installationRepositories(Request request) {
        String token = bearer(request);
        IssuedToken issued = known(installationTokens, token);
        if (issued == null || revoked.contains(token) || !clock.instant().isBefore(issued.expiresAt())) {
            return badCredentials();
        }
        List<JsonNode> repositories = installations.get(issued.installation());
        if (repositories == null) {
            return badCredentials();
        }
        return Reply.json(200, page(request, "repositories", repositories).put("repository_selection", "selected"));
    }

    private Reply oauthAccessToken(Request request) {
        Map<String, String> form = form(request.body());
        if (!CLIENT_ID.equals(form.get("client_id")) || !CLIENT_SECRET.equals(form.get("client_secret"))) {
            return oauthError("incorrect_client_credentials",
                    "The client_id and/or client_secret passed are incorrect.");
        }
        String code = form.get("code");
        // A code serves once, as on GitHub.
        Grant grant = code == null ? null : codes.remove(code);
        if (grant == null) {
            return oauthError("bad_verification_code", "The code passed is incorrect or expired.");
        }
        String token = "ghu_" + HexFormat.of().formatHex(randomBytes());
        userTokens.put(token, grant);
        String accept = String.valueOf(request.header("Accept"));
        if (!accept.contains("application/json")) {
            // GitHub's OAuth endpoints answer a form unless asked for JSON.
            return new Reply(200, Map.of("Content-Type", "application/x-www-form-urlencoded"),
                    "access_token=" + token + "&scope=&token_type=bearer");
        }
        return Reply.json(200, MAPPER.createObjectNode().put("access_token", token).put("token_type", "bearer")
                .put("scope", ""));
    }

    private static Reply oauthError(String error, String description) {
        return Reply.json(200, MAPPER.createObjectNode().put("error", error).put("error_description", description)
                .put("error_uri", "https://docs.github.com/apps/managing-oauth-apps/"
                        + "troubleshooting-oauth-app-access-token-request-errors"));
    }

    /** Checks an App JWT as GitHub does: RS256 by the App's key, issued by the App, not long-lived, not expired. */
    private boolean acceptedJwt(Request request) {
        String jwt = bearer(request);
        if (jwt == null) {
            return false;
        }
        String[] parts = jwt.split("\\.", -1);
        if (parts.length != 3 || jwt.contains("=")) {
            return false;
        }
        try {
            Base64.Decoder base64url = Base64.getUrlDecoder();
            JsonNode header = MAPPER.readTree(base64url.decode(parts[0]));
            Signature verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(key.publicKey());
            verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!"RS256".equals(header.path("alg").asText()) || !verifier.verify(base64url.decode(parts[2]))) {
                return false;
            }
            JsonNode claims = MAPPER.readTree(base64url.decode(parts[1]));
            JsonNode issuedAt = claims.path("iat");
            JsonNode expiresAt = claims.path("exp");
            long now = clock.instant().getEpochSecond();
            boolean accepted = APP_ID.equals(claims.path("iss").asText())
                    && issuedAt.isIntegralNumber() && issuedAt.longValue() <= now
                    && expiresAt.isIntegralNumber() && expiresAt.longValue() > now
                    && expiresAt.longValue() <= now + MAX_JWT_SECONDS;
            if (accepted) {
                jwtsAccepted.incrementAndGet();
            }
            return accepted;
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static ObjectNode page(Request request, String key, List<JsonNode> all) {
        Map<String, String> query = form(request.query());
        int perPage = Math.min(MAX_PER_PAGE, Math.max(1, number(query.get("per_page"), DEFAULT_PER_PAGE)));
        long from = Math.min(all.size(), (long) (Math.max(1, number(query.get("page"), 1)) - 1) * perPage);
        int to = (int) Math.min(all.size(), from + perPage);
        ObjectNode body = MAPPER.createObjectNode().put("total_count", all.size());
        body.putArray(key).addAll(all.subList((int) from, to));
        return body;
    }

    /** What {@code credential} stands for, or null, when it is unknown or was not given. */
    private static <T> T known(Map<String, T> credentials, String credential) {
        return credential == null ? null : credentials.get(credential);
    }

    private static String bearer(Request request) {
        String authorization = request.header("Authorization");
        if (authorization == null) {
            return null;
        }
        for (String scheme : List.of("Bearer ", "token ")) {
            if (authorization.startsWith(scheme)) {
                return authorization.substring(scheme.length()).strip();
            }
        }
        return null;
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return fields;
        }
        for (String pair : encoded.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            fields.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value,
                    StandardCharsets.UTF_8));
        }
        return fields;
    }

    private static int number(String text, int otherwise) {
        try {
            return text == null ? otherwise : Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    /** Holds a request unanswered until the stub closes; the test's client gives up long before. */
    private void holdUntilClosed() {
        try {
            closing.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void send(HttpExchange exchange, Reply reply) throws IOException {
        reply.headers().forEach(exchange.getResponseHeaders()::set);
        exchange.getResponseHeaders().set("X-GitHub-Request-Id", "STUB:" + answered.incrementAndGet());
        byte[] body = reply.body() == null ? new byte[0] : reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }

    private static Map<String, String> withJson(Map<String, String> headers) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.putIfAbsent("Content-Type", "application/json; charset=utf-8");
        return all;
    }

    private static Reply badCredentials() {
        return Reply.json(401, parse(error("Bad credentials")));
    }

    private static Reply notFound() {
        return Reply.json(404, parse(error("Not Found")));
    }

    private static String error(String message) {
        return MAPPER.createObjectNode().put("message", message)
                .put("documentation_url", "https://docs.github.com/rest").toString();
    }

    private static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + json, e);
        }
    }

    private byte[] randomBytes() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return bytes;
    }
}
