package dev.burrow.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.burrow.domain.apikey.ApiScopes;
import dev.burrow.domain.user.User;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generated bad input at every kind of route: bodies with every writable field given values of every JSON type,
 * huge strings, deep nesting, bytes that are not UTF-8, odd paths and parameters. The promise: never a 5xx, an
 * error is always PostHog's {@code {type, code, detail, attr}}, and a refused change leaves the user as they were.
 */
class BadInputPropertyTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> USER_FIELDS = List.of("first_name", "last_name", "email", "password",
            "current_password", "is_staff", "anonymize_data", "allow_impersonation", "toolbar_mode",
            "events_column_config", "has_seen_product_intro_for", "theme_mode", "hedgehog_config",
            "allow_sidebar_suggestions", "shortcut_position", "role_at_organization", "passkeys_enabled_for_2fa",
            "notification_settings", "set_current_organization", "set_current_team", "scene_personalisation",
            "uuid", "id", "distinct_id", "date_joined", "personal_api_key");
    private static final List<String> OTHER_FIELDS = List.of("label", "scopes", "autostart_priority", "scene",
            "dashboard", "token", "email", "password", "code", "team_id", "connect_from", "uuid");

    private ApiServer api;
    private User ada;
    private String key;
    private String staffKey;

    @BeforeProperty
    void start() {
        api = new ApiServer();
        ada = api.data().user("ada@example.com", ApiTestCase.PASSWORD, ApiServer.HASHER);
        key = api.data().apiKey(ada, ApiScopes.ALL).value();
        staffKey = api.data().apiKey(api.data().staff("root@example.com"), ApiScopes.ALL).value();
    }

    @AfterProperty
    void stop() {
        api.close();
    }

    @Property(tries = 300)
    void a_user_change_is_applied_whole_or_refused_in_posthogs_format(@ForAll("userChanges") JsonNode change) {
        JsonNode before = me();

        ApiServer.Response response = api.request("PATCH", "/api/users/@me/").bearer(key).json(change.toString())
                .send();

        assertAnswered(response);
        if (response.status() != 200) {
            assertThat(me()).as("refused: %s", response.body()).isEqualTo(before);
        }
    }

    @Property(tries = 150)
    void bodies_that_are_not_json_objects_are_refused_in_posthogs_format(@ForAll("rawBodies") byte[] body,
                                                                          @ForAll("writeRoutes") String route) {
        JsonNode before = me();

        ApiServer.Response response = api.request(route.substring(0, route.indexOf(' ')),
                route.substring(route.indexOf(' ') + 1)).bearer(keyFor(route)).jsonBytes(body).send();

        assertAnswered(response, route);
        if (response.status() >= 400) {
            assertThat(me()).isEqualTo(before);
        }
    }

    @Property(tries = 200)
    void other_resources_take_any_json_without_a_server_error(@ForAll("writeRoutes") String route,
                                                              @ForAll("otherBodies") JsonNode body) {
        ApiServer.Response response = api.request(route.substring(0, route.indexOf(' ')),
                route.substring(route.indexOf(' ') + 1)).bearer(keyFor(route)).json(body.toString()).send();

        assertAnswered(response, route);
    }

    @Property(tries = 200)
    void odd_paths_and_parameters_are_answered_in_posthogs_format(@ForAll("oddSegments") String segment,
                                                                   @ForAll("pathTemplates") String template)
            throws IOException {
        RawAnswer answer = rawGet(template.replace("{}", segment), staffKey);

        assertThat(answer.status()).as("%s -> %s", segment, answer.body()).isBetween(200, 499);
        if (answer.status() >= 400) {
            assertErrorBody(MAPPER.readTree(answer.body()));
        }
    }

    /**
     * Content types with odd boundaries and charsets, and bodies that do and do not match them, sent byte for byte
     * (no HTTP client sends a non-ASCII Content-Type): never a 5xx, and a refused change leaves the user as they
     * were.
     */
    @Property(tries = 200)
    void multipart_and_charset_variants_are_answered_in_posthogs_format(
            @ForAll("contentTypes") String contentType, @ForAll("formBodies") String body,
            @ForAll("bodyRoutes") String route) throws IOException {
        JsonNode before = me();
        String boundary = contentType.contains("boundary=") ? contentType.substring(contentType.indexOf("boundary=")
                + 9).replace("\"", "").split(";", -1)[0] : "zz";

        RawAnswer answer = rawRequest(route.substring(0, route.indexOf(' ')), route.substring(route.indexOf(' ') + 1),
                key, contentType, body.replace("{b}", boundary).getBytes(StandardCharsets.UTF_8));

        assertThat(answer.status()).as("%s %s -> %s", contentType, body, answer.body()).isBetween(200, 499);
        if (answer.status() >= 400) {
            assertErrorBody(MAPPER.readTree(answer.body()));
            assertThat(me()).isEqualTo(before);
        }
    }

    @Provide
    Arbitrary<String> contentTypes() {
        Arbitrary<String> media = Arbitraries.of("multipart/form-data", "MULTIPART/Form-Data", "multipart/mixed",
                "application/x-www-form-urlencoded", "application/json", "text/plain", "");
        Arbitrary<String> boundaries = Arbitraries.oneOf(
                Arbitraries.of("", "; boundary=", "; boundary=x", "; boundary=\"a b\"", "; boundary=\" \"",
                        "; boundary=\u00e9t\u00e9", "; boundary=--", "; boundary=\"\"", "; boundary=" + "b".repeat(300),
                        "; boundary=a;boundary=b", "; boundary=\"unterminated"),
                Arbitraries.strings().withCharRange(' ', '~').ofMinLength(1).ofMaxLength(70)
                        .filter(text -> !text.contains(";") && !text.contains("\"") && !text.contains("\\"))
                        .map(text -> "; boundary=\"" + text + "\""));
        Arbitrary<String> charsets = Arbitraries.of("", "; charset=utf-8", "; charset=nonsense", "; charset=",
                "; charset=latin1", "; charset=utf-16", "; charset=UTF-32BE", "; charset=\"utf-8\"", "; charset=x;y",
                "; charset=\u00ff", "; charset=" + "c".repeat(200), ";;;", "; =x");
        return Arbitraries.oneOf(
                media.flatMap(type -> boundaries.flatMap(boundary -> charsets.map(charset -> type + boundary + charset))),
                media.flatMap(type -> charsets.flatMap(charset -> boundaries.map(boundary -> type + charset + boundary))));
    }

    /** Bodies that do and do not match the boundary ({@code {b}}), form-encoded and JSON ones, and noise. */
    @Provide
    Arbitrary<String> formBodies() {
        Arbitrary<String> field = Arbitraries.of(USER_FIELDS);
        Arbitrary<String> value = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(40),
                Arbitraries.of("", "dark", "true", "x".repeat(5000), "\r\n--{b}", "%ZZ", "%C3%28"));
        Arbitrary<String> part = Arbitraries.oneOf(
                field.flatMap(name -> value.map(text -> "--{b}\r\nContent-Disposition: form-data; name=\"" + name
                        + "\"\r\n\r\n" + text + "\r\n")),
                field.map(name -> "--{b}\r\nContent-Disposition: form-data; name=\"" + name
                        + "\"; filename=\"f.txt\"\r\nContent-Type: text/plain\r\n\r\ndata\r\n"),
                Arbitraries.of("--{b}\r\n\r\n\r\n", "--{b}\r\nContent-Disposition: form-data\r\n\r\nx\r\n",
                        "--{b}\r\nContent-Transfer-Encoding: base64\r\nContent-Disposition: form-data; name=a\r\n\r\n"
                                + "!!!\r\n", "--{b}\r\nX: " + "h".repeat(2000) + "\r\n\r\nv\r\n", "--{b}--\r\n",
                        "--other\r\nContent-Disposition: form-data; name=\"first_name\"\r\n\r\nNo\r\n"));
        return Arbitraries.oneOf(
                part.list().ofMaxSize(6).map(parts -> String.join("", parts) + "--{b}--\r\n"),
                part.list().ofMaxSize(6).map(parts -> String.join("", parts)),
                field.flatMap(name -> value.map(text -> name + "=" + text + "&" + name + "&&=x")),
                Arbitraries.of("hello", "", "{}", "{\"first_name\": \"Zo\u00eb\"}", "{\"first_name\": ", "%", "&&&",
                        "a=1&".repeat(1001)),
                Arbitraries.strings().ofMaxLength(200));
    }

    /** The routes that read a body before or after authentication. */
    @Provide
    Arbitrary<String> bodyRoutes() {
        return Arbitraries.of("PATCH /api/users/@me/", "POST /api/login/", "GET /api/users/@me/",
                "POST /api/users/@me/scene_personalisation/", "PATCH /api/users/@me/hedgehog_config/",
                "POST /api/personal_api_keys/");
    }

    @Provide
    Arbitrary<JsonNode> userChanges() {
        Arbitrary<String> keys = Arbitraries.oneOf(Arbitraries.of(USER_FIELDS), Arbitraries.strings().ofMaxLength(20));
        return Arbitraries.maps(keys, jsonValues(3)).ofMaxSize(4).map(fields -> {
            ObjectNode object = NODES.objectNode();
            fields.forEach(object::set);
            return object;
        });
    }

    @Provide
    Arbitrary<JsonNode> otherBodies() {
        Arbitrary<String> keys = Arbitraries.oneOf(Arbitraries.of(OTHER_FIELDS), Arbitraries.strings().ofMaxLength(12));
        return Arbitraries.oneOf(
                Arbitraries.maps(keys, jsonValues(3)).ofMaxSize(4).map(fields -> {
                    ObjectNode object = NODES.objectNode();
                    fields.forEach(object::set);
                    return (JsonNode) object;
                }),
                jsonValues(2));
    }

    /**
     * Every route burrow registers that takes a body, at the caller's own user (or key, or a GitHub installation),
     * read from the API itself so that a new route is covered the day it is added.
     */
    @Provide
    Arbitrary<String> writeRoutes() {
        List<String> routes = api.routes().stream()
                .filter(route -> !route.startsWith("GET "))
                .map(route -> route.replace("/api/personal_api_keys/{id}", "/api/personal_api_keys/@current")
                        .replace("{installation_id}", "42").replaceAll("\\{[a-z_]+}", "@me") + "/")
                .toList();
        assertThat(routes).hasSizeGreaterThan(15);
        return Arbitraries.of(routes);
    }

    @Provide
    Arbitrary<byte[]> rawBodies() {
        return Arbitraries.oneOf(
                Arbitraries.bytes().array(byte[].class).ofMaxSize(200),
                Arbitraries.of("{", "[1, 2", "\"text\"", "42", "null", "true", "[]", "{\"a\": }", "{\"a\": 1}}",
                        "{\"first_name\": \"\\ud800\"}", "\ufeff{}", "{\"first_name\": 1e999999}")
                        .map(text -> text.getBytes(StandardCharsets.UTF_8)),
                Arbitraries.integers().between(400, 2000).map(depth -> ("[".repeat(depth) + "]".repeat(depth))
                        .getBytes(StandardCharsets.UTF_8)),
                Arbitraries.of(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, '"', '}'},
                        new byte[] {(byte) 0xFF, (byte) 0xFE, '{', '}'},
                        new byte[] {'{', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', ':', '1', '}'}));
    }

    @Provide
    Arbitrary<String> oddSegments() {
        return Arbitraries.oneOf(
                Arbitraries.of("%00", "%ZZ", "%", "%e2%82", "%C0%AF", "..", "%2e%2e", "%2F", "@me%00", "%40me",
                        "-1", "0", "99999999999999999999999", "1e3", "00000000-0000-0000-0000-000000000000",
                        "ZZZZZZZZ-0000-0000-0000-000000000000", "%F0%9F%A6%94", "a%20b", "'", "%22", "x".repeat(3000)),
                Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(40)
                        .filter(text -> !text.contains("/") && !text.contains("?") && !text.contains("#")
                                && !text.contains("%")));
    }

    /**
     * Every GET route the API registers, with the odd segment in place of each of its parameters, and the query
     * parameters the routes read.
     */
    @Provide
    Arbitrary<String> pathTemplates() {
        List<String> templates = new ArrayList<>(api.routes().stream()
                .filter(route -> route.startsWith("GET ") && route.contains("{"))
                .map(route -> route.substring(4).replaceAll("\\{[^}]+}", "{}") + "/")
                .toList());
        templates.addAll(List.of("/api/users/?limit={}", "/api/users/?offset={}&limit=2", "/api/users/?is_staff={}",
                "/api/users/?email={}", "/api/users/@me/integrations/github/42/repos/?limit={}&search={}",
                "/api/users/@me/?personal_api_key={}", "/complete/github-link/?code={}&state={}",
                "/api/schema/?format={}"));
        assertThat(templates).hasSizeGreaterThan(15);
        return Arbitraries.of(templates);
    }

    /** Any JSON value, nested at most {@code depth} deep, with the awkward ones well represented. */
    private static Arbitrary<JsonNode> jsonValues(int depth) {
        Arbitrary<JsonNode> leaves = Arbitraries.oneOf(
                Arbitraries.just(NODES.nullNode()),
                Arbitraries.of(true, false).map(NODES::booleanNode),
                Arbitraries.integers().map(NODES::numberNode),
                Arbitraries.bigIntegers().between(BigInteger.TEN.pow(30).negate(), BigInteger.TEN.pow(30))
                        .map(NODES::numberNode),
                Arbitraries.doubles().map(value -> (JsonNode) NODES.numberNode(BigDecimal.valueOf(value))),
                Arbitraries.strings().ofMaxLength(60).map(NODES::textNode),
                Arbitraries.of("", " ", "P0", "P9", "dark", "toolbar", "light", "system", "engineering", "*",
                        "user:read", "true", "0", "1", "null", "@me", "ada@example.com", "ADA@example.com")
                        .map(NODES::textNode),
                Arbitraries.integers().between(10_000, 200_000).map(length -> NODES.textNode("x".repeat(length))));
        if (depth == 0) {
            return leaves;
        }
        Arbitrary<JsonNode> arrays = jsonValues(depth - 1).list().ofMaxSize(4).map(items -> {
            var array = NODES.arrayNode();
            items.forEach(array::add);
            return array;
        });
        Arbitrary<JsonNode> objects = Arbitraries.maps(Arbitraries.strings().ofMaxLength(12), jsonValues(depth - 1))
                .ofMaxSize(4).map(fields -> {
                    ObjectNode object = NODES.objectNode();
                    fields.forEach(object::set);
                    return object;
                });
        return Arbitraries.frequencyOf(
                Tuple.of(6, leaves), Tuple.of(2, arrays), Tuple.of(2, objects));
    }

    /** The routes of the request's own key may change or delete it: they get a key of their own. */
    private String keyFor(String route) {
        return route.contains("/@current") ? api.data().apiKey(ada, ApiScopes.ALL).value() : key;
    }

    private JsonNode me() {
        ApiServer.Response response = api.get("/api/users/@me/", key);
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }

    /**
     * As {@link #assertAnswered(ApiServer.Response)}; PostHog's WebAuthn views (and its 2FA passkey view) refuse with
     * a bare {@code {"error": "..."}} of their own, which is all their refusals may be besides the standard body.
     */
    private static void assertAnswered(ApiServer.Response response, String route) {
        boolean passkeyView = route.contains(" /api/webauthn/") || route.contains(" /api/login/2fa/passkey/");
        if (passkeyView && response.status() >= 400 && response.json().has("error")) {
            assertThat(response.status()).as(response.body()).isIn(400, 404);
            List<String> fields = new ArrayList<>();
            response.json().fieldNames().forEachRemaining(fields::add);
            assertThat(fields).as(response.body()).containsExactly("error");
            assertThat(response.json().get("error").isTextual()).isTrue();
            return;
        }
        assertAnswered(response);
    }

    private static void assertAnswered(ApiServer.Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 499);
        if (response.status() >= 400) {
            assertErrorBody(response.json());
        }
    }

    private static void assertErrorBody(JsonNode body) {
        assertThat(body.isObject()).as(body.toString()).isTrue();
        List<String> fields = new ArrayList<>();
        body.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).as(body.toString()).containsExactly("type", "code", "detail", "attr");
        assertThat(body.get("type").isTextual()).isTrue();
        assertThat(body.get("code").isTextual()).isTrue();
        assertThat(body.get("detail").isTextual()).isTrue();
    }

    /**
     * A GET sent byte for byte, so that paths no URI class would accept reach the server as they are. HTTP/1.0:
     * the answer comes whole, not in chunks, and the connection closes after it.
     */
    private RawAnswer rawGet(String path, String bearer) throws IOException {
        return rawRequest("GET", path, bearer, "", new byte[0]);
    }

    /** Any request sent byte for byte, over HTTP/1.0 as {@link #rawGet}, with the content type as it is. */
    private RawAnswer rawRequest(String method, String path, String bearer, String contentType, byte[] body)
            throws IOException {
        URI base = URI.create(api.base());
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + path + " HTTP/1.0\r\nHost: " + base.getHost() + "\r\nAuthorization: Bearer "
                    + bearer + "\r\nContent-Length: " + body.length + "\r\n").getBytes(StandardCharsets.UTF_8));
            if (!contentType.isEmpty()) {
                out.write(("Content-Type: " + contentType + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            out.write("\r\n".getBytes(StandardCharsets.UTF_8));
            out.write(body);
            out.flush();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            socket.getInputStream().transferTo(all);
            String text = all.toString(StandardCharsets.UTF_8);
            int status = Integer.parseInt(text.substring(9, 12));
            return new RawAnswer(status, text.substring(text.indexOf("\r\n\r\n") + 4));
        }
    }

    private record RawAnswer(int status, String body) {
    }
}
