package dev.burrow.http;

import dev.burrow.domain.apikey.ApiScope;
import dev.burrow.domain.apikey.ApiScopes;
import dev.burrow.domain.apikey.PersonalApiKey;
import dev.burrow.domain.user.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.burrow.http.ApiServer.json;
import static org.assertj.core.api.Assertions.assertThat;

class AuthenticationTest extends ApiTestCase {

    private String key;

    @BeforeEach
    void start() {
        key = api.data().apiKey(ada, ApiScopes.ALL).value();
    }

    @Test
    void no_credentials_get_401_with_a_bearer_challenge() {
        ApiServer.Response response = api.get("/api/users/@me/", null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json()).isEqualTo(json("""
                {"type": "authentication_error", "code": "not_authenticated",
                 "detail": "Authentication credentials were not provided.", "attr": null}"""));
        assertThat(response.header("WWW-Authenticate")).isEqualTo(
                "Bearer resource_metadata=\"https://burrow.example.com/.well-known/oauth-protected-resource\"");
    }

    @Test
    void a_key_works_from_the_header_the_body_and_the_query_string() {
        assertThat(api.get("/api/users/@me/", key).status()).isEqualTo(200);
        assertThat(api.request("GET", "/api/users/@me/").json("{\"personal_api_key\": \"" + key + "\"}").send()
                .status()).isEqualTo(200);
        assertThat(api.get("/api/users/@me/?personal_api_key=" + key, null).status()).isEqualTo(200);
    }

    @Test
    void a_wrong_key_is_named_by_where_it_was_found() {
        assertInvalid(api.get("/api/users/@me/", "phx_wrong"), "Authorization header");
        assertInvalid(api.request("GET", "/api/users/@me/").json("{\"personal_api_key\": \"phx_wrong\"}").send(),
                "body");
        assertInvalid(api.request("GET", "/api/users/@me/").json("{\"personal_api_key\": 12}").send(), "body");
        assertInvalid(api.get("/api/users/@me/?personal_api_key=phx_wrong", null), "query string");
    }

    @Test
    void only_the_first_place_with_a_key_counts() {
        assertThat(api.get("/api/users/@me/?personal_api_key=phx_wrong", key).status()).isEqualTo(200);
        assertInvalid(api.get("/api/users/@me/?personal_api_key=" + key, "phx_wrong"), "Authorization header");
        assertInvalid(api.request("GET", "/api/users/@me/?personal_api_key=" + key)
                .json("{\"personal_api_key\": \"phx_wrong\"}").send(), "body");
    }

    @Test
    void a_header_that_is_not_a_bearer_token_is_ignored() {
        ApiServer.Response response = api.request("GET", "/api/users/@me/?personal_api_key=" + key)
                .header("Authorization", "Basic YWRhOnNlY3JldA==").send();

        assertThat(response.status()).isEqualTo(200);
    }

    @Test
    void oauth_access_tokens_are_not_personal_keys() {
        ApiServer.Response response = api.get("/api/users/@me/", "pha_whatever");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json()).isEqualTo(json("""
                {"type": "authentication_error", "code": "authentication_failed",
                 "detail": "Invalid access token.", "attr": null}"""));
    }

    @Test
    void keys_of_inactive_users_do_not_authenticate() {
        User inactive = api.data().deactivate(ada);

        assertThat(inactive.isActive()).isFalse();
        assertInvalid(api.get("/api/users/@me/", key), "Authorization header");
    }

    @Test
    void a_key_without_the_routes_scope_is_refused_and_write_implies_read() {
        String keyManager = api.data().apiKey(ada, ApiScopes.of(List.of(ApiScope.PERSONAL_API_KEY_READ))).value();
        String writer = api.data().apiKey(ada, ApiScopes.of(List.of(ApiScope.USER_WRITE))).value();
        String reader = api.data().apiKey(ada, ApiScopes.of(List.of(ApiScope.USER_READ))).value();

        ApiServer.Response refused = api.get("/api/users/@me/", keyManager);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json()).isEqualTo(json("""
                {"type": "authentication_error", "code": "permission_denied",
                 "detail": "API key missing required scope 'user:read'", "attr": null}"""));
        assertThat(api.get("/api/users/@me/", writer).status()).isEqualTo(200);
        assertThat(api.get("/api/users/@me/", reader).status()).isEqualTo(200);
        assertThat(api.get("/api/users/", reader).status()).isEqualTo(200);
    }

    @Test
    void a_use_is_recorded_on_the_key() {
        api.get("/api/users/@me/", key);

        PersonalApiKey stored = api.persistence().apiKeys()
                .findBySecureValue(PersonalApiKey.secureValueOf(key)).orElseThrow();
        assertThat(stored.lastUsedAt()).isEqualTo(ApiServer.NOW);
    }

    private static void assertInvalid(ApiServer.Response response, String source) {
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json()).isEqualTo(json("""
                {"type": "authentication_error", "code": "authentication_failed",
                 "detail": "Personal API key found in request %s is invalid.", "attr": null}""".formatted(source)));
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer resource_metadata=");
    }
}
