package dev.burrow.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.burrow.application.fake.Persistence;
import dev.burrow.webauthn.testing.SoftwareAuthenticator;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.burrow.http.ApiServer.error;
import static dev.burrow.http.ApiServer.json;
import static dev.burrow.http.Passkeys.RP_ID;
import static org.assertj.core.api.Assertions.assertThat;

/** Signing in with a passkey alone, with real ceremonies of a software authenticator. */
class PasskeyLoginTest extends ApiTestCase {

    private static final String COOKIE = "burrow_passkey_login";
    private Passkeys passkeys;
    private SoftwareAuthenticator authenticator;

    @BeforeEach
    void start() {
        passkeys = new Passkeys(api);
        authenticator = Passkeys.authenticator();
        passkeys.registerAndVerify(logIn(), authenticator);
    }

    /** The login challenge a browser is given: the options, and the cookie it keeps. */
    private record Begun(ApiServer.Response response, String cookie) {
        JsonNode options() {
            return response.json();
        }
    }

    private Begun begin() {
        ApiServer.Response response = api.request("POST", "/api/webauthn/login/begin/").send();
        assertThat(response.status()).isEqualTo(200);
        return new Begun(response, response.cookie(COOKIE));
    }

    private ApiServer.Response complete(String cookie, String body) {
        ApiServer.Request request = api.request("POST", "/api/webauthn/login/complete/").json(body);
        if (cookie != null) {
            request.cookie(COOKIE, cookie);
        }
        return request.send();
    }

    private ApiServer.Response logInWith(SoftwareAuthenticator authenticator) {
        Begun begun = begin();
        return complete(begun.cookie(), Passkeys.asserted(begun.options(), authenticator, RP_ID));
    }

    private static void assertRefused(ApiServer.Response response, String message) {
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json()).isEqualTo(Passkeys.error(message));
        assertThat(response.cookie("sessionid")).isNull();
    }

    @Test
    void login_begins_with_any_passkey_allowed() {
        Begun begun = begin();

        String challenge = begun.options().get("challenge").asText();
        assertThat(challenge).matches("[A-Za-z0-9_-]{86}");
        assertThat(begun.response().body()).isEqualTo("{\"challenge\":\"" + challenge + "\",\"timeout\":60000,"
                + "\"rpId\":\"burrow.example.com\",\"allowCredentials\":[],\"userVerification\":\"required\"}");
        assertThat(begun.response().setCookie(COOKIE))
                .matches(COOKIE + "=[A-Za-z0-9]{32}; Path=/; Max-Age=120; SameSite=Lax; HttpOnly; Secure");
    }

    @Test
    void a_passkey_alone_opens_a_session_as_a_password_login_does() {
        ApiServer.Response loggedIn = logInWith(authenticator);

        assertThat(loggedIn.status()).isEqualTo(200);
        assertThat(loggedIn.body()).isEqualTo("{\"success\":true}");
        assertThat(loggedIn.setCookie("sessionid")).contains("HttpOnly").contains("Max-Age=1209600");
        assertThat(loggedIn.setCookie(COOKIE)).startsWith(COOKIE + "=; Path=/; Max-Age=0");
        ApiServer.Browser browser = new ApiServer.Browser(loggedIn.cookie("sessionid"),
                loggedIn.cookie("posthog_csrftoken"));
        JsonNode me = api.request("GET", "/api/users/@me/").session(browser).send().json();
        assertThat(me.get("email").asText()).isEqualTo("ada@example.com");
        // A fresh login: sensitive changes are allowed, CSRF token and all.
        ApiServer.Response changed = api.request("PATCH", "/api/users/@me/").session(browser)
                .json("{\"first_name\": \"Passkey\"}").send();
        assertThat(changed.status()).isEqualTo(200);
        assertThat(passkeys.beginRegistration(browser).status()).isEqualTo(200);
    }

    /**
     * Issues 13 and 14 together: a passkey login inside the user's own stale session re-authenticates it, as a
     * password login there does (PostHog's re-authentication modal offers a passkey): a new key, both windows open
     * again, the same entry in the login sessions, now named a passkey login with the device it came from.
     */
    @Test
    void a_passkey_login_inside_the_users_own_session_reauthenticates_it() {
        ApiServer.Response first = logInWith(authenticator);
        ApiServer.Browser browser = new ApiServer.Browser(first.cookie("sessionid"),
                first.cookie("posthog_csrftoken"));
        JsonNode before = current(browser);
        api.advance(Duration.ofHours(2).plusSeconds(1));
        String key = "{\"label\": \"laptop\", \"scopes\": [\"user:read\"]}";
        assertThat(api.request("POST", "/api/personal_api_keys/").session(browser).json(key).send().status())
                .isEqualTo(403);

        Begun begun = begin();
        ApiServer.Response again = api.request("POST", "/api/webauthn/login/complete/").session(browser)
                .cookie(COOKIE, begun.cookie()).header("User-Agent", LoginSessionsTest.CHROME)
                .json(Passkeys.asserted(begun.options(), authenticator, RP_ID)).send();

        assertThat(again.status()).as(again.body()).isEqualTo(200);
        ApiServer.Browser reauthenticated = new ApiServer.Browser(again.cookie("sessionid"),
                again.cookie("posthog_csrftoken"));
        assertThat(reauthenticated.sessionKey()).isNotEqualTo(browser.sessionKey());
        assertThat(api.request("GET", "/api/users/@me/").session(browser).send().status()).isEqualTo(401);
        assertThat(api.request("POST", "/api/personal_api_keys/").session(reauthenticated).json(key).send()
                .status()).isEqualTo(201);
        JsonNode after = current(reauthenticated);
        assertThat(after.get("id").asText()).isEqualTo(before.get("id").asText());
        assertThat(after.get("created_at").asText()).isEqualTo(before.get("created_at").asText());
        assertThat(after.get("login_method").asText()).isEqualTo("passkey");
        assertThat(after.get("device").asText()).isEqualTo("Chrome 131 on macOS");
    }

    /** The browser's own entry in its user's login sessions. */
    private JsonNode current(ApiServer.Browser browser) {
        for (JsonNode session : api.request("GET", "/api/users/@me/login_sessions/").session(browser).send()
                .json()) {
            if (session.get("is_current").asBoolean()) {
                return session;
            }
        }
        throw new AssertionError("no current login session");
    }

    @Test
    void a_passkey_login_is_listed_as_one_and_re_authenticates_the_browsers_own_session() {
        ApiServer.Browser browser = logIn();
        api.advance(Duration.ofHours(3));
        assertThat(passkeys.beginRegistration(browser).status()).isEqualTo(403);
        JsonNode before = api.request("GET", "/api/users/@me/login_sessions/").session(browser).send().json();
        Begun begun = begin();

        ApiServer.Response again = api.request("POST", "/api/webauthn/login/complete/")
                .cookie(COOKIE, begun.cookie()).cookie("sessionid", browser.sessionKey())
                .json(Passkeys.asserted(begun.options(), authenticator, RP_ID)).send();

        assertThat(again.status()).isEqualTo(200);
        ApiServer.Browser reauthenticated = new ApiServer.Browser(again.cookie("sessionid"),
                again.cookie("posthog_csrftoken"));
        assertThat(passkeys.beginRegistration(reauthenticated).status()).isEqualTo(200);
        JsonNode after = api.request("GET", "/api/users/@me/login_sessions/").session(reauthenticated).send().json();
        JsonNode current = null;
        for (JsonNode item : after) {
            if (item.get("is_current").asBoolean()) {
                current = item;
            }
        }
        assertThat(current).isNotNull();
        assertThat(after).hasSameSizeAs(before);
        assertThat(current.get("id").asText()).isIn(before.findValuesAsText("id"));

        ApiServer.Response fresh = logInWith(authenticator);
        ApiServer.Browser passkeyOnly = new ApiServer.Browser(fresh.cookie("sessionid"),
                fresh.cookie("posthog_csrftoken"));
        JsonNode listed = api.request("GET", "/api/users/@me/login_sessions/").session(passkeyOnly).send().json();
        for (JsonNode item : listed) {
            if (item.get("is_current").asBoolean()) {
                assertThat(item.get("login_method").asText()).isEqualTo("passkey");
            }
        }
    }

    @Test
    void a_login_challenge_is_used_once_and_expires() {
        Begun begun = begin();
        String answer = Passkeys.asserted(begun.options(), authenticator, RP_ID);
        assertThat(complete(begun.cookie(), answer).status()).isEqualTo(200);

        assertRefused(complete(begun.cookie(), answer), "No login challenge found. Please start login again.");
        assertRefused(complete(null, answer), "No login challenge found. Please start login again.");

        Begun late = begin();
        String lateAnswer = Passkeys.asserted(late.options(), authenticator, RP_ID);
        api.advance(Duration.ofMinutes(2));
        assertRefused(complete(late.cookie(), lateAnswer), "No login challenge found. Please start login again.");
    }

    @Test
    void a_failed_answer_spends_the_challenge() {
        Begun begun = begin();
        String good = Passkeys.asserted(begun.options(), authenticator, RP_ID);
        assertRefused(complete(begun.cookie(), "{\"rawId\": \"AQ\", \"response\": {\"userHandle\": \"AQ\", "
                + "\"authenticatorData\": \"AQ\", \"clientDataJSON\": \"AQ\", \"signature\": \"AQ\"}}"),
                "Authentication failed. Please check your passkey and try again.");

        assertRefused(complete(begun.cookie(), good), "No login challenge found. Please start login again.");
    }

    @Test
    void a_cloned_authenticator_is_refused() {
        assertThat(logInWith(authenticator).status()).isEqualTo(200);
        authenticator.counting(false);

        assertRefused(logInWith(authenticator), "Authentication failed. Please check your passkey and try again.");
    }

    @Test
    void an_answer_made_on_another_origin_is_refused() {
        authenticator.origin("https://burrow.example.com.evil.test");

        assertRefused(logInWith(authenticator), "Authentication failed. Please check your passkey and try again.");
    }

    @Test
    void an_unverified_passkey_signs_nobody_in() {
        api.data().user("bob@example.com", PASSWORD, ApiServer.HASHER);
        SoftwareAuthenticator bobs = Passkeys.authenticator();
        passkeys.register(api.logIn("bob@example.com", PASSWORD), bobs);

        assertRefused(logInWith(bobs), "Authentication failed. Please check your passkey and try again.");
    }

    @Test
    void a_passkey_of_another_user_does_not_sign_in_the_user_its_handle_names() {
        api.data().user("bob@example.com", PASSWORD, ApiServer.HASHER);
        SoftwareAuthenticator bobs = Passkeys.authenticator();
        passkeys.registerAndVerify(api.logIn("bob@example.com", PASSWORD), bobs);
        Begun adas = begin();
        String adasAnswer = Passkeys.asserted(adas.options(), authenticator, RP_ID);
        Begun begun = begin();
        ObjectNode answer = (ObjectNode) json(Passkeys.asserted(begun.options(), bobs, RP_ID));
        ((ObjectNode) answer.get("response")).put("userHandle",
                json(adasAnswer).get("response").get("userHandle").asText());

        assertRefused(complete(begun.cookie(), answer.toString()),
                "Authentication failed. Please check your passkey and try again.");
    }

    @Test
    void answers_missing_parts_are_refused_in_posthogs_order() {
        assertRefused(complete(begin().cookie(), "{\"rawId\": \"AQ\", \"response\": {}}"),
                "No userHandle in response. Make sure you're using a discoverable credential.");
        assertRefused(complete(begin().cookie(), "{\"response\": {\"userHandle\": \"AQ\"}}"),
                "No credential ID in response.");
        assertRefused(complete(begin().cookie(), "{\"rawId\": \"AQ\", \"response\": {\"userHandle\": \"AQ\", "
                + "\"signature\": \"AQ\"}}"), "Invalid response structure. Missing required fields.");
        assertRefused(complete(begin().cookie(), "{\"rawId\": \"AQ\", \"response\": {\"userHandle\": \"AQ\", "
                + "\"authenticatorData\": \"AQ\", \"clientDataJSON\": \"AQ\", \"signature\": \"AQ\"}}"),
                "Authentication failed. Please check your passkey and try again.");
    }

    @Test
    void the_password_logins_throttle_applies() {
        for (int i = 0; i < 10; i++) {
            api.request("POST", "/api/login/").json("{\"email\": \"ada@example.com\", \"password\": \"wrong\"}")
                    .send();
        }

        ApiServer.Response locked = logInWith(authenticator);

        assertThat(locked.status()).isEqualTo(403);
        assertThat(locked.json()).isEqualTo(error("authentication_error", "too_many_failed_attempts",
                "Too many failed login attempts. Please try again in 10 minutes.", null));
    }

    @Test
    void passkey_logins_and_failures_are_counted() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        try (ApiServer counted = new ApiServer(Persistence.inMemory(),
                settings -> new HttpSettings(settings.siteUrl(), settings.proxyHops(), meters),
                http -> http.create().start("127.0.0.1", 0))) {
            counted.data().user("ada@example.com", PASSWORD, ApiServer.HASHER);
            SoftwareAuthenticator key = Passkeys.authenticator();
            new Passkeys(counted).registerAndVerify(counted.logIn("ada@example.com", PASSWORD), key);
            for (int i = 0; i < 2; i++) {
                key.counting(i == 0);
                ApiServer.Response begun = counted.request("POST", "/api/webauthn/login/begin/").send();
                counted.request("POST", "/api/webauthn/login/complete/").cookie(COOKIE, begun.cookie(COOKIE))
                        .json(Passkeys.asserted(begun.json(), key, RP_ID)).send();
            }

            assertThat(meters.get("burrow.passkey.logins").tag("outcome", "success").counter().count()).isEqualTo(1);
            assertThat(meters.get("burrow.passkey.logins").tag("outcome", "failure").counter().count()).isEqualTo(1);
        }
    }
}
