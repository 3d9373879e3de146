package dev.burrow.http;

import dev.burrow.application.fake.Persistence;
import dev.burrow.application.user.UserRepository;
import dev.burrow.domain.apikey.ApiScopes;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.lang.reflect.Proxy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.burrow.http.ApiServer.json;
import static org.assertj.core.api.Assertions.assertThat;

class RoutingTest {

    @Test
    void unknown_paths_are_endpoint_not_found_without_authentication() {
        try (ApiServer api = new ApiServer()) {
            for (String path : List.of("/api/nothing/", "/api/users/@me/nothing/here/", "/elsewhere")) {
                ApiServer.Response response = api.get(path, null);
                assertThat(response.status()).as(path).isEqualTo(404);
                assertThat(response.json()).isEqualTo(json("""
                        {"type": "invalid_request", "code": "not_found", "detail": "Endpoint not found.",
                         "attr": null}"""));
            }
        }
    }

    @Test
    void a_wrong_method_on_a_user_is_405() {
        try (ApiServer api = new ApiServer()) {
            String key = api.data().apiKey(api.data().user("ada@example.com"), ApiScopes.ALL).value();

            ApiServer.Response response = api.request("PUT", "/api/users/").bearer(key).json("{}").send();

            assertThat(response.status()).isEqualTo(405);
            assertThat(response.json().get("detail").asText()).isEqualTo("Method \"PUT\" not allowed.");
        }
    }

    @Test
    void a_malformed_body_is_a_parse_error() {
        try (ApiServer api = new ApiServer()) {
            ApiServer.Response response = api.request("GET", "/api/users/@me/").json("{\"personal_api_key\": ").send();

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.json().get("type").asText()).isEqualTo("invalid_request");
            assertThat(response.json().get("code").asText()).isEqualTo("parse_error");
            assertThat(response.json().get("detail").asText()).startsWith("JSON parse error - ");
            assertThat(response.json().get("attr").isNull()).isTrue();
        }
    }

    @Test
    void bodies_are_read_only_in_the_media_types_django_rest_framework_parses() {
        try (ApiServer api = new ApiServer()) {
            String key = api.data().apiKey(api.data().user("ada@example.com"), ApiScopes.ALL).value();

            ApiServer.Response text = api.request("GET", "/api/users/@me/").header("Content-Type", "text/plain")
                    .send();
            assertThat(text.status()).isEqualTo(401);
            ApiServer.Response plain = api.request("GET", "/api/users/@me/")
                    .header("Content-Type", "text/plain; charset=utf-8").bodyText("personal_api_key=" + key).send();
            assertThat(plain.status()).isEqualTo(415);
            assertThat(plain.json()).isEqualTo(ApiServer.error("invalid_request", "unsupported_media_type",
                    "Unsupported media type \"text/plain; charset=utf-8\" in request.", null));
            ApiServer.Response form = api.request("GET", "/api/users/@me/")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .bodyText("personal_api_key=" + key).send();
            assertThat(form.status()).isEqualTo(200);
        }
    }

    @Test
    void requests_jetty_refuses_before_routing_still_get_posthogs_error_body() throws Exception {
        try (ApiServer api = new ApiServer()) {
            String malformed = api.raw("GET /api/users/%2e%2e/ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            assertThat(malformed).startsWith("HTTP/1.1 400").contains("Content-Type: application/json")
                    .endsWith("{\"type\":\"invalid_request\",\"code\":\"bad_request\",\"detail\":\"Bad Request.\","
                            + "\"attr\":null}");
            String huge = api.raw("GET /api/users/ HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "a".repeat(20_000)
                    + "\r\nConnection: close\r\n\r\n");
            assertThat(huge).startsWith("HTTP/1.1 431").contains("application/json")
                    .contains("\"code\":\"request_header_fields_too_large\"");
        }
    }

    /**
     * Jetty answers these before routing, and gave methods other than GET, POST and HEAD an empty body. What
     * PostHog's server in front would say differs from request to request; burrow's status is Jetty's, and its
     * body PostHog's.
     */
    @Test
    void every_request_jetty_refuses_gets_posthogs_error_body_whatever_its_method() throws Exception {
        try (ApiServer api = new ApiServer()) {
            String key = api.data().apiKey(api.data().user("ada@example.com"), ApiScopes.ALL).value();
            String headers = "Host: localhost\r\nAuthorization: Bearer " + key + "\r\nConnection: close\r\n";
            Map<String, Integer> refused = new LinkedHashMap<>();
            for (String method : List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")) {
                for (String path : List.of("/api/users/%zz/", "/api/users/..;/", "/api/users/%2f/")) {
                    refused.put(method + " " + path + " HTTP/1.1\r\n" + headers
                            + "Content-Type: application/json\r\nContent-Length: 2\r\n\r\n{}", 400);
                }
            }
            refused.put("PATCH /api/users/@me/ HTTP/1.1\r\n" + headers
                    + "Content-Length: 2\r\nContent-Length: 3\r\n\r\n{}", 400);
            refused.put("DELETE /api/users/@me/ HTTP/1.1\r\n" + headers + "Bad Header: x\r\n\r\n", 400);
            refused.put("PATCH /api/users/@me/ HTTP/1.1\r\nConnection: close\r\n\r\n", 400);
            refused.put("PAT<H /api/users/@me/ HTTP/1.1\r\n" + headers + "\r\n", 400);
            refused.put("PATCH /api/users/@me/ HTTP/7.0\r\n" + headers + "\r\n", 505);
            refused.put("DELETE /api/users/@me/ HTTP/1.1\r\n" + headers + "X-Big: " + "a".repeat(20_000)
                    + "\r\n\r\n", 431);
            refused.put("DELETE /api/users/" + "a".repeat(20_000) + "/ HTTP/1.1\r\n" + headers + "\r\n", 414);
            refused.put("PATCH /api/users/@me/ HTTP/1.1\r\n" + headers
                    + "Transfer-Encoding: gzip\r\n\r\n", 400);

            for (Map.Entry<String, Integer> request : refused.entrySet()) {
                String answer = api.raw(request.getKey());
                String line = request.getKey().substring(0, Math.min(60, request.getKey().indexOf('\r')));
                assertThat(answer).as(line).startsWith("HTTP/1.1 " + request.getValue() + " ")
                        .containsIgnoringCase("Content-Type: application/json");
                JsonNode body = json(answer.substring(answer.indexOf("\r\n\r\n") + 4));
                assertThat(body).as(line).isEqualTo(json(new ObjectMapper().writeValueAsString(
                        JsonErrorHandler.bodyFor(request.getValue()))));
            }
        }
    }

    /**
     * Django routes a path whatever bytes it holds ({@code %ff} is not UTF-8, {@code %zz} not an escape, {@code <}
     * not a URI character): {@code [^/.]+} matches, and the lookup rules answer. burrow's server lets those through
     * to the same rules, refusing only what is ambiguous ({@code %2f}, {@code %2e%2e}, {@code ;} parameters).
     */
    @Test
    void odd_bytes_in_a_user_segment_reach_posthogs_lookup_rules() throws Exception {
        try (ApiServer api = new ApiServer()) {
            String member = api.data().apiKey(api.data().user("ada@example.com"), ApiScopes.ALL).value();
            String staff = api.data().apiKey(api.data().staff("root@example.com"), ApiScopes.ALL).value();
            for (String segment : List.of("%ff", "<script>", "%e2%82", "%c0%af", "{x}")) {
                for (String method : List.of("GET", "PATCH", "PUT")) {
                    String memberAnswer = api.raw(request(method, "/api/users/" + segment + "/", member));
                    assertThat(memberAnswer).as(method + " " + segment).startsWith("HTTP/1.1 403 ");
                    assertThat(bodyOf(memberAnswer)).as(method + " " + segment).isEqualTo(ApiServer.error(
                            "authentication_error", "permission_denied",
                            "As a non-staff user you're only allowed to access the `@me` user instance.", null));
                }
                String staffAnswer = api.raw(request("GET", "/api/users/" + segment + "/", staff));
                assertThat(staffAnswer).as("staff " + segment).startsWith("HTTP/1.1 404 ");
                assertThat(bodyOf(staffAnswer)).isEqualTo(ApiServer.error("invalid_request", "not_found",
                        "Not found.", null));
                for (String method : List.of("GET", "POST", "DELETE")) {
                    String autonomy = api.raw(request(method, "/api/users/" + segment + "/signal_autonomy/", member));
                    assertThat(autonomy).as(method + " autonomy " + segment).startsWith("HTTP/1.1 403 ");
                    assertThat(bodyOf(autonomy).get("detail").asText())
                            .isEqualTo("Only staff can access other users' autonomy config.");
                }
            }
        }
    }

    private static String request(String method, String path, String key) {
        return method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + key
                + "\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}";
    }

    private static JsonNode bodyOf(String answer) {
        return json(answer.substring(answer.indexOf("\r\n\r\n") + 4));
    }

    @Test
    void an_unexpected_failure_is_the_generic_500_without_internals() {
        Persistence real = Persistence.inMemory();
        UserRepository failing = (UserRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {UserRepository.class}, (proxy, method, args) -> {
                    if (method.getName().equals("count")) {
                        throw new IllegalStateException("database on fire: secret detail");
                    }
                    try {
                        return method.invoke(real.users(), args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        Persistence persistence = real.withUsers(failing);
        try (ApiServer api = new ApiServer(persistence)) {
            String key = api.data().apiKey(api.data().user("ada@example.com"), ApiScopes.ALL).value();

            ApiServer.Response response = api.get("/api/users/", key);

            assertThat(response.status()).isEqualTo(500);
            assertThat(response.json()).isEqualTo(json("""
                    {"type": "server_error", "code": "error", "detail": "A server error occurred.", "attr": null}"""));
            assertThat(response.body()).doesNotContain("fire");
        }
    }
}
