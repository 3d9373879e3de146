package dev.burrow.http;

import dev.burrow.domain.twofactor.Totp;
import dev.burrow.domain.twofactor.TotpDevice;
import dev.burrow.domain.twofactor.TotpSecret;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Duration;

import static dev.burrow.http.ApiServer.error;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostHog's re-authentication: its web app, refused with {@code sensitive_action_required_reauth}, logs in again
 * inside the same session ({@code POST /api/login/}, then the code when 2FA is on), which reopens both windows:
 * two hours for sensitive actions, five minutes for a new email address.
 */
class ReauthenticationTest extends ApiTestCase {

    private static final String KEY_BODY = "{\"label\": \"laptop\", \"scopes\": [\"user:read\"]}";

    @Test
    void a_login_inside_a_stale_session_reopens_the_two_hour_window_and_keeps_the_login_session() {
        ApiServer.Browser browser = logIn();
        String id = currentId(browser);
        api.advance(Duration.ofHours(2).plusSeconds(1));

        ApiServer.Response refused = api.request("POST", "/api/personal_api_keys/").session(browser).json(KEY_BODY)
                .send();
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json()).isEqualTo(error("authentication_error", "sensitive_action_required_reauth",
                "This action requires you to be recently authenticated.", null));

        ApiServer.Browser again = reauthenticate(browser);

        assertThat(again.sessionKey()).isNotEqualTo(browser.sessionKey());
        assertThat(api.request("GET", "/api/users/@me/").session(browser).send().status()).isEqualTo(401);
        assertThat(api.request("POST", "/api/personal_api_keys/").session(again).json(KEY_BODY).send().status())
                .isEqualTo(201);
        assertThat(api.request("GET", "/api/users/@me/").session(again).send().json()
                .get("sensitive_session_expires_at").asText()).isEqualTo("2026-11-28T16:00:01Z");
        var listed = api.request("GET", "/api/users/@me/login_sessions/").session(again).send().json();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("id").asText()).isEqualTo(id);
        assertThat(listed.get(0).get("created_at").asText()).isEqualTo("2026-11-28T12:00:00+00:00");
    }

    @Test
    void a_new_address_needs_a_login_in_the_last_five_minutes_which_a_reauthentication_gives() {
        ApiServer.Browser browser = logIn();
        api.advance(Duration.ofMinutes(6));
        String change = "{\"email\": \"ada@elsewhere.example\"}";

        ApiServer.Response refused = api.request("PATCH", "/api/users/@me/").session(browser).json(change).send();
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json()).isEqualTo(error("authentication_error", "sensitive_action_required_reauth",
                "Confirm it's you before changing your email.", null));

        ApiServer.Browser again = reauthenticate(browser);
        ApiServer.Response changed = api.request("PATCH", "/api/users/@me/").session(again).json(change).send();
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("email").asText()).isEqualTo("ada@elsewhere.example");
    }

    @Test
    void with_2fa_the_code_completes_the_reauthentication_in_the_same_login_session() {
        TotpSecret secret = TotpSecret.generate(new SecureRandom());
        api.persistence().totpDevices().save(TotpDevice.confirmed(ada.id(), secret, 0, api.now()));
        ApiServer.Browser browser = completeWithCode(api.request("POST", "/api/login/").json(credentials()).send(),
                secret);
        String id = currentId(browser);
        api.advance(Duration.ofHours(3));

        ApiServer.Response step = api.request("POST", "/api/login/").session(browser).json(credentials()).send();
        assertThat(step.status()).isEqualTo(401);
        assertThat(step.json().get("code").asText()).isEqualTo("2fa_required");
        ApiServer.Browser again = completeWithCode(step, secret);

        assertThat(api.request("POST", "/api/personal_api_keys/").session(again).json(KEY_BODY).send().status())
                .isEqualTo(201);
        var listed = api.request("GET", "/api/users/@me/login_sessions/").session(again).send().json();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("id").asText()).isEqualTo(id);
        assertThat(api.request("GET", "/api/users/@me/").session(browser).send().status()).isEqualTo(401);
    }

    private ApiServer.Browser reauthenticate(ApiServer.Browser browser) {
        ApiServer.Response response = api.request("POST", "/api/login/").session(browser).json(credentials()).send();
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return new ApiServer.Browser(response.cookie("sessionid"), response.cookie("posthog_csrftoken"));
    }

    private ApiServer.Browser completeWithCode(ApiServer.Response step, TotpSecret secret) {
        assertThat(step.status()).isEqualTo(401);
        ApiServer.Response done = api.request("POST", "/api/login/token/")
                .cookie("sessionid", step.cookie("sessionid"))
                .json("{\"token\": \"" + Totp.code(secret, Totp.step(api.now())) + "\"}").send();
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        return new ApiServer.Browser(done.cookie("sessionid"), done.cookie("posthog_csrftoken"));
    }

    private String currentId(ApiServer.Browser browser) {
        var listed = api.request("GET", "/api/users/@me/login_sessions/").session(browser).send().json();
        assertThat(listed).hasSize(1);
        return listed.get(0).get("id").asText();
    }

    private static String credentials() {
        return "{\"email\": \"ada@example.com\", \"password\": \"" + PASSWORD + "\"}";
    }
}
