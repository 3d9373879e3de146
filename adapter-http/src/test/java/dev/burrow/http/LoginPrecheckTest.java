package dev.burrow.http;

import dev.burrow.domain.user.PasswordHash;
import dev.burrow.domain.user.User;
import dev.burrow.webauthn.testing.SoftwareAuthenticator;
import org.junit.jupiter.api.Test;

import static dev.burrow.http.ApiServer.error;
import static org.assertj.core.api.Assertions.assertThat;

/** PostHog's login precheck, in its newest shape. */
class LoginPrecheckTest extends ApiTestCase {

    private ApiServer.Response precheck(String body) {
        return api.request("POST", "/api/login/precheck/").json(body).send();
    }

    @Test
    void an_address_gets_its_verified_passkeys_and_whether_a_password_works() {
        Passkeys passkeys = new Passkeys(api);
        ApiServer.Browser browser = logIn();
        SoftwareAuthenticator verified = Passkeys.authenticator();
        passkeys.registerAndVerify(browser, verified);
        passkeys.register(browser, Passkeys.authenticator());
        String id = api.request("POST", "/api/webauthn/register/begin/").session(browser).send().json()
                .get("excludeCredentials").get(0).get("id").asText();

        ApiServer.Response answer = precheck("{\"email\": \"ADA@example.com\"}");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("{\"sso_enforcement\":null,\"saml_available\":false,"
                + "\"oidc_available\":false,\"webauthn_credentials\":[{\"id\":\"" + id + "\",\"type\":\"public-key\","
                + "\"transports\":[\"internal\",\"hybrid\"]}],\"password_login_available\":true,"
                + "\"social_providers\":[]}");
    }

    @Test
    void an_unknown_address_looks_like_one_with_a_password() {
        ApiServer.Response answer = precheck("{\"email\": \"nobody@example.com\"}");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("{\"sso_enforcement\":null,\"saml_available\":false,"
                + "\"oidc_available\":false,\"webauthn_credentials\":[],\"password_login_available\":true,"
                + "\"social_providers\":[]}");
    }

    @Test
    void a_user_without_a_password_is_told_so() {
        User keys = api.data().user("keys@example.com");
        api.persistence().users().update(keys.withPassword(new PasswordHash("!unusable")));

        assertThat(precheck("{\"email\": \"keys@example.com\"}").json().get("password_login_available").asBoolean())
                .isFalse();
    }

    @Test
    void the_address_is_checked_as_an_email_field() {
        ApiServer.Response missing = precheck("{}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json()).isEqualTo(error("validation_error", "required", "This field is required.",
                "email"));
        ApiServer.Response malformed = precheck("{\"email\": \"not an address\"}");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json()).isEqualTo(error("validation_error", "invalid_input",
                "Enter a valid email address.", "email"));
    }

    @Test
    void thirty_a_minute_per_address() {
        for (int i = 0; i < 30; i++) {
            assertThat(precheck("{\"email\": \"x" + i + "@example.com\"}").status()).isEqualTo(200);
        }

        ApiServer.Response throttled = precheck("{\"email\": \"ada@example.com\"}");

        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.json().get("code").asText()).isEqualTo("throttled");
        ApiServer.Browser browser = logIn();
        assertThat(api.request("POST", "/api/login/precheck/").session(browser)
                .json("{\"email\": \"ada@example.com\"}").send().status()).isEqualTo(200);
    }
}
