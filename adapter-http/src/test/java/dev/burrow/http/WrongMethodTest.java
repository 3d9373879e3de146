package dev.burrow.http;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static dev.burrow.http.ApiServer.error;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A wrong method is answered as the route table says who may call the path: PostHog's views that let anyone in
 * answer 405 to anyone; every other route asks who the caller is first, as Django REST framework authenticates
 * before it looks at the method, and answers as that route answers an unknown caller.
 */
class WrongMethodTest {

    private static final Set<String> OPEN = Set.of("/api/login", "/api/login/token", "/api/logout",
            "/api/users/verify_email", "/complete/github-link",
            "/api/reset", "/api/reset/{uuid}",
            "/api/webauthn/login/begin", "/api/webauthn/login/complete", "/api/login/2fa/passkey/methods",
            "/api/login/2fa/passkey/begin", "/api/login/precheck");
    private static final String UNCHALLENGED = "/api/users/{id}/signal_autonomy";
    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");

    @Test
    void every_route_answers_a_wrong_method_as_its_access_says() {
        try (ApiServer api = new ApiServer()) {
            Map<String, String> templates = new LinkedHashMap<>();
            api.routes().forEach(route -> templates.merge(route.substring(route.indexOf(' ') + 1),
                    route.substring(0, route.indexOf(' ')), (a, b) -> a + " " + b));
            int asked = 0;
            for (String template : templates.keySet()) {
                String path = template.replace("{uuid}", "@me").replace("{id}", "@me")
                        .replace("{installation_id}", "12").replace("{session_id}", "0") + "/";
                for (String method : METHODS) {
                    if (served(templates, method, path)) {
                        continue;
                    }
                    ApiServer.Response response = api.request(method, path).send();
                    String what = method + " " + path;
                    if (OPEN.contains(template)) {
                        assertThat(response.status()).as(what).isEqualTo(405);
                        assertThat(response.json()).as(what).isEqualTo(error("invalid_request",
                                "method_not_allowed", "Method \"" + method + "\" not allowed.", null));
                    } else {
                        assertUnknownCaller(response, template.equals(UNCHALLENGED), what);
                    }
                    asked++;
                }
            }
            assertThat(asked).isGreaterThan(80);
        }
    }

    /** The path names user "verify_email": it is that user's route, not the open route it begins with. */
    @Test
    void a_route_under_an_open_route_s_path_is_still_its_own() {
        try (ApiServer api = new ApiServer()) {
            assertUnknownCaller(api.request("PUT", "/api/users/verify_email/hedgehog_config/").send(), false,
                    "hedgehog_config");
            assertUnknownCaller(api.request("PATCH", "/api/users/verify_email/signal_autonomy/").send(), true,
                    "signal_autonomy");
        }
    }

    private static void assertUnknownCaller(ApiServer.Response response, boolean unchallenged, String what) {
        assertThat(response.status()).as(what).isEqualTo(unchallenged ? 403 : 401);
        assertThat(response.json()).as(what).isEqualTo(error("authentication_error", "not_authenticated",
                "Authentication credentials were not provided.", null));
        if (unchallenged) {
            assertThat(response.header("WWW-Authenticate")).as(what).isNull();
        } else {
            assertThat(response.header("WWW-Authenticate")).as(what).startsWith("Bearer resource_metadata=");
        }
    }

    /** Whether some route serves {@code method} at {@code path}, a parameter being one segment. */
    private static boolean served(Map<String, String> templates, String method, String path) {
        return templates.entrySet().stream().anyMatch(route -> List.of(route.getValue().split(" ")).contains(method)
                && Pattern.matches(route.getKey().replaceAll("\\{[^}]+}", "[^/]+") + "/?", path));
    }
}
