package dev.burrow.http;

import dev.burrow.domain.apikey.ApiScope;
import org.junit.jupiter.api.Test;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static dev.burrow.http.ApiServer.error;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Form, multipart and charset variants read as Django and DRF read them: the client's mistakes are 4xx in
 * PostHog's format, never a 500, and no body, multipart or not, is taken past the megabyte or spooled to disk.
 */
class RequestBodyTest extends ApiTestCase {

    private static final String BOUNDARY = "----burrow7MA4YWxkTrZu0gW";

    @Test
    void a_multipart_body_that_never_mentions_its_boundary_is_an_empty_form_as_in_django() {
        String writer = key(ApiScope.USER_WRITE);
        String before = api.get("/api/users/@me/", writer).json().toString();

        ApiServer.Response response = api.request("PATCH", "/api/users/@me/").bearer(writer)
                .header("Content-Type", "multipart/form-data; boundary=x").bodyText("hello").send();

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().toString()).isEqualTo(before);
    }

    @Test
    void a_multipart_body_without_a_usable_boundary_is_drfs_parse_error() {
        String writer = key(ApiScope.USER_WRITE);
        for (String[] variant : new String[][] {{"multipart/form-data", "None"},
                {"multipart/form-data; boundary=", ""}, {"multipart/form-data; boundary=\" \"", " "}}) {
            ApiServer.Response response = api.request("PATCH", "/api/users/@me/").bearer(writer)
                    .header("Content-Type", variant[0]).bodyText("hello").send();

            assertThat(response.status()).as(variant[0]).isEqualTo(400);
            assertThat(response.json()).isEqualTo(error("invalid_request", "parse_error",
                    "Multipart form parse error - Invalid boundary in multipart: " + variant[1], null));
        }
    }

    @Test
    void a_multipart_form_is_read_field_by_field() {
        String writer = key(ApiScope.USER_WRITE);
        String body = part("first_name", "Grace") + part("last_name", "Hopper --" + BOUNDARY.substring(3))
                + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"theme_mode\"; filename=\"t.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\ndark\r\n--" + BOUNDARY + "--\r\n";

        ApiServer.Response response = api.request("PATCH", "/api/users/@me/").bearer(writer)
                .header("Content-Type", "multipart/form-data; boundary=\"" + BOUNDARY + "\"").bodyText(body).send();

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("first_name").asText()).isEqualTo("Grace");
        assertThat(response.json().get("last_name").asText()).isEqualTo("Hopper --" + BOUNDARY.substring(3));
        assertThat(response.json().get("theme_mode").isNull()).as("a file part is no field").isTrue();
    }

    @Test
    void a_charset_django_does_not_know_is_ignored_and_one_it_knows_is_used() {
        String writer = key(ApiScope.USER_WRITE);
        ApiServer.Response get = api.request("GET", "/api/users/@me/").bearer(writer)
                .header("Content-Type", "application/json; charset=nonsense").bodyText("{}").send();
        assertThat(get.status()).as(get.body()).isEqualTo(200);

        ApiServer.Response json = api.request("PATCH", "/api/users/@me/").bearer(writer)
                .header("Content-Type", "application/json; charset=nonsense")
                .bodyText("{\"first_name\": \"Zoë\"}").send();
        assertThat(json.status()).as(json.body()).isEqualTo(200);
        assertThat(json.json().get("first_name").asText()).isEqualTo("Zoë");

        ApiServer.Response form = api.request("PATCH", "/api/users/@me/").bearer(writer)
                .header("Content-Type", "application/x-www-form-urlencoded; charset=nonsense")
                .bodyText("first_name=Ren%C3%A9e").send();
        assertThat(form.status()).as(form.body()).isEqualTo(200);
        assertThat(form.json().get("first_name").asText()).isEqualTo("Renée");

        ApiServer.Response latin1 = api.request("PATCH", "/api/users/@me/").bearer(writer)
                .header("Content-Type", "application/x-www-form-urlencoded; charset=ISO-8859-1")
                .bodyText("last_name=Cl%E9ment").send();
        assertThat(latin1.status()).as(latin1.body()).isEqualTo(200);
        assertThat(latin1.json().get("last_name").asText()).isEqualTo("Clément");
    }

    @Test
    void a_multipart_login_is_read_without_touching_the_disk() throws IOException {
        String body = part("email", "ada@example.com") + part("password", PASSWORD) + "--" + BOUNDARY + "--\r\n";

        ApiServer.Response response = api.request("POST", "/api/login/")
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY).bodyText(body).send();

        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    @Test
    void a_multipart_upload_past_the_megabyte_is_413_before_authentication_and_never_spooled() throws IOException {
        long spooledBefore = spooledParts();
        String body = part("email", "ada@example.com") + "--" + BOUNDARY
                + "\r\nContent-Disposition: form-data; name=\"f\"; filename=\"big.bin\"\r\n\r\n"
                + "x".repeat(3_000_000) + "\r\n--" + BOUNDARY + "--\r\n";

        for (String route : new String[] {"POST /api/login/", "PATCH /api/users/@me/"}) {
            String path = route.substring(route.indexOf(' ') + 1);
            ApiServer.Response response = api.request(route.substring(0, route.indexOf(' ')), path)
                    .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY).bodyText(body).send();

            assertThat(response.status()).as(path + " " + response.body()).isEqualTo(413);
            assertThat(response.json().get("type").asText()).isEqualTo("invalid_request");
        }
        assertThat(spooledParts()).isEqualTo(spooledBefore);
    }

    @Test
    void an_oversized_form_field_is_413_not_500() {
        String writer = key(ApiScope.USER_WRITE);

        ApiServer.Response response = api.request("PATCH", "/api/users/@me/").bearer(writer)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .bodyText("first_name=" + "x".repeat(1_500_000)).send();

        assertThat(response.status()).as(response.body()).isEqualTo(413);
        assertThat(response.json().get("type").asText()).isEqualTo("invalid_request");
    }

    @Test
    void more_fields_or_files_than_django_takes_are_refused_in_posthogs_format() {
        String writer = key(ApiScope.USER_WRITE);
        String fields = "a=1&".repeat(1000) + "first_name=Nope";
        ApiServer.Response form = api.request("PATCH", "/api/users/@me/").bearer(writer)
                .header("Content-Type", "application/x-www-form-urlencoded").bodyText(fields).send();
        assertThat(form.status()).isEqualTo(400);
        assertThat(form.json()).isEqualTo(error("invalid_request", "bad_request",
                "The number of GET/POST parameters exceeded settings.DATA_UPLOAD_MAX_NUMBER_FIELDS.", null));

        ApiServer.Response parts = api.request("PATCH", "/api/users/@me/").bearer(writer)
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .bodyText(part("a", "1").repeat(1001) + part("first_name", "Nope") + "--" + BOUNDARY + "--\r\n")
                .send();
        assertThat(parts.status()).isEqualTo(400);
        assertThat(parts.json().get("detail").asText()).contains("DATA_UPLOAD_MAX_NUMBER_FIELDS");

        String file = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"f\"; filename=\"a\"\r\n\r\n1\r\n";
        ApiServer.Response files = api.request("PATCH", "/api/users/@me/").bearer(writer)
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .bodyText(file.repeat(101) + "--" + BOUNDARY + "--\r\n").send();
        assertThat(files.status()).isEqualTo(400);
        assertThat(files.json()).isEqualTo(error("invalid_request", "bad_request",
                "The number of files exceeded settings.DATA_UPLOAD_MAX_NUMBER_FILES.", null));
        assertThat(api.get("/api/users/@me/", writer).json().get("first_name").asText()).isNotEqualTo("Nope");
    }

    /**
     * A client's mistake is answered, not logged as burrow's failure: nothing at ERROR (where a stack trace would
     * go) for broken multipart, an unknown charset, a body cut short, a body too large or a URI Jetty refuses.
     */
    @Test
    void the_clients_mistakes_are_never_logged_as_errors() throws Exception {
        String writer = key(ApiScope.USER_WRITE);
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> events = new ListAppender<>();
        events.start();
        root.addAppender(events);
        try {
            api.request("PATCH", "/api/users/@me/").bearer(writer)
                    .header("Content-Type", "multipart/form-data; boundary=x").bodyText("--y\r\nbroken").send();
            api.request("PATCH", "/api/users/@me/").bearer(writer)
                    .header("Content-Type", "multipart/form-data").bodyText("hello").send();
            api.request("GET", "/api/users/@me/").bearer(writer)
                    .header("Content-Type", "application/json; charset=nonsense").bodyText("{}").send();
            api.request("PATCH", "/api/users/@me/").bearer(writer)
                    .header("Content-Type", "application/json; charset=nonsense").bodyText("{\"first_name\": 1")
                    .send();
            api.request("POST", "/api/login/").header("Content-Type", "application/x-www-form-urlencoded")
                    .bodyText("email=" + "x".repeat(1_200_000)).send();
            String cutShort = raw("PATCH /api/users/@me/ HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                    + writer + "\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{\"first");
            assertThat(cutShort).satisfiesAnyOf(answer -> assertThat(answer).isEmpty(),
                    answer -> assertThat(answer).startsWith("HTTP/1.1 4"));
            assertThat(raw("DELETE /api/users/%zz/ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"))
                    .startsWith("HTTP/1.1 400");
        } finally {
            root.detachAppender(events);
        }
        assertThat(events.list).filteredOn(event -> event.getLevel().isGreaterOrEqual(Level.ERROR))
                .extracting(ILoggingEvent::getFormattedMessage).isEmpty();
    }

    /** Sends {@code request} as it is, stops sending, and reads whatever comes back. */
    private String raw(String request) throws IOException {
        return api.raw(request.getBytes(StandardCharsets.ISO_8859_1), true);
    }

    private static String part(String name, String value) {
        return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }

    /** Files Jetty's multipart parser spools parts to, anywhere under the temporary directory. */
    private static long spooledParts() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of(System.getProperty("java.io.tmpdir")), 4)) {
            return files.filter(file -> file.getFileName().toString().startsWith("MultiPart")).count();
        } catch (java.io.UncheckedIOException e) {
            return -1;
        }
    }
}
