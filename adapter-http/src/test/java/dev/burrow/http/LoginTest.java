package dev.burrow.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.burrow.application.fake.Persistence;
import dev.burrow.domain.apikey.ApiScopes;
import dev.burrow.domain.user.User;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static dev.burrow.http.ApiServer.json;
import static org.assertj.core.api.Assertions.assertThat;

class LoginTest extends ApiTestCase {

    private static final JsonNode INVALID_CREDENTIALS = json("""
            {"type": "validation_error", "code": "invalid_credentials", "detail": "Invalid email or password.",
             "attr": null}""");


    @Test
    void a_login_sets_the_session_cookies_and_the_session_reads_me() {
        ApiServer.Response response = logIn("ada@example.com", PASSWORD);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).isEqualTo(json("{\"success\": true}"));
        assertThat(response.setCookie("sessionid"))
                .matches("sessionid=\\w{32}; Path=/; Max-Age=1209600; SameSite=Lax; HttpOnly; Secure");
        assertThat(response.setCookie("posthog_csrftoken"))
                .matches("posthog_csrftoken=\\w{32}; Path=/; Max-Age=31449600; SameSite=Lax; Secure");

        ApiServer.Response me = api.request("GET", "/api/users/@me/")
                .cookie("sessionid", response.cookie("sessionid")).send();
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("email").asText()).isEqualTo("ada@example.com");
        assertThat(me.json().get("sensitive_session_expires_at").asText()).isEqualTo("2026-11-28T14:00:00Z");
    }

    @Test
    void the_email_is_matched_in_any_case_and_trimmed() {
        assertThat(logIn("  ADA@Example.com ", PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void a_wrong_password_an_unknown_address_and_an_inactive_user_look_the_same() {
        User gone = api.data().user("gone@example.com", PASSWORD, ApiServer.HASHER);
        api.persistence().users().update(User.restore(gone.id(), gone.uuid(), gone.distinctId(), gone.email(), null,
                null, "", "", gone.password(), false, false, gone.dateJoined(), gone.preferences(),
                gone.notificationSettings(), gone.current(), gone.version()));

        for (ApiServer.Response response : List.of(logIn("ada@example.com", "wrong password"),
                logIn("nobody@example.com", PASSWORD), logIn("gone@example.com", PASSWORD))) {
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.json()).isEqualTo(INVALID_CREDENTIALS);
            assertThat(response.setCookie("sessionid")).isNull();
        }
    }

    @Test
    void the_fields_are_validated_as_django_rest_framework_does() {
        assertError(api.request("POST", "/api/login/").json("{\"password\": \"x\"}").send(),
                "required", "This field is required.", "email");
        assertError(api.request("POST", "/api/login/").json("{\"email\": \"ada@example.com\"}").send(),
                "required", "This field is required.", "password");
        assertError(logIn("not an email", PASSWORD), "invalid_input", "Enter a valid email address.", "email");
        assertError(logIn("ada@example.com", ""), "blank", "This field may not be blank.", "password");
        assertError(api.request("POST", "/api/login/").json("[1]").send(), "invalid_input",
                "Invalid data. Expected a dictionary, but got list.", null);
    }

    @Test
    void ten_failures_lock_the_account_for_ten_minutes() {
        for (int i = 0; i < 10; i++) {
            assertThat(logIn("ada@example.com", "wrong password").status()).isEqualTo(400);
        }

        ApiServer.Response locked = logIn("ada@example.com", PASSWORD);
        assertThat(locked.status()).isEqualTo(403);
        assertThat(locked.json()).isEqualTo(json("""
                {"type": "authentication_error", "code": "too_many_failed_attempts",
                 "detail": "Too many failed login attempts. Please try again in 10 minutes.", "attr": null}"""));

        api.advance(Duration.ofMinutes(10).plusSeconds(1));
        assertThat(logIn("ada@example.com", PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void parallel_guesses_cannot_slip_past_the_lockout() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Callable<Integer>> guesses = new java.util.ArrayList<>();
            for (int i = 0; i < 24; i++) {
                guesses.add(() -> logIn("ada@example.com", "wrong password").status());
            }
            int checked = 0;
            for (java.util.concurrent.Future<Integer> guess : pool.invokeAll(guesses, 1, java.util.concurrent.TimeUnit.MINUTES)) {
                checked += guess.get() == 400 ? 1 : 0;
            }
            assertThat(checked).isEqualTo(10);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void thirty_failures_from_one_address_lock_that_address() {
        for (int i = 0; i < 30; i++) {
            assertThat(logIn("nobody" + i + "@example.com", "wrong password").status()).isEqualTo(400);
        }

        assertThat(logIn("ada@example.com", PASSWORD).status()).isEqualTo(403);
    }

    @Test
    void a_logout_ends_the_session() {
        ApiServer.Browser browser = logIn();

        ApiServer.Response forged = api.request("POST", "/api/logout/").session(browser.withoutCsrf()).send();
        assertThat(forged.status()).isEqualTo(403);
        assertThat(api.request("GET", "/api/users/@me/").session(browser).send().status()).isEqualTo(200);

        ApiServer.Response out = api.request("POST", "/api/logout/").session(browser).send();

        assertThat(out.status()).isEqualTo(200);
        assertThat(out.setCookie("sessionid")).startsWith("sessionid=; Path=/; Max-Age=0");
        assertThat(out.setCookie("posthog_csrftoken")).startsWith("posthog_csrftoken=; Path=/; Max-Age=0");
        assertThat(api.request("GET", "/api/users/@me/").session(browser).send().status()).isEqualTo(401);
        assertThat(api.request("POST", "/api/logout/").send().status()).isEqualTo(200);
        assertThat(api.request("GET", "/api/login/").send().status()).isEqualTo(405);
    }

    @Test
    void a_session_expires_after_two_weeks() {
        ApiServer.Browser browser = logIn();

        api.advance(Duration.ofDays(14).minusSeconds(1));
        assertThat(api.request("GET", "/api/users/@me/").session(browser).send().status()).isEqualTo(200);
        api.advance(Duration.ofSeconds(1));
        assertThat(api.request("GET", "/api/users/@me/").session(browser).send().status()).isEqualTo(401);
    }

    @Test
    void a_session_request_that_changes_state_must_carry_the_csrf_token() {
        ApiServer.Browser browser = logIn();
        String create = "{\"label\": \"ci\", \"scopes\": [\"user:read\"]}";

        assertCsrfFailed(api.request("POST", "/api/personal_api_keys/").session(browser.withoutCsrfHeader())
                .json(create).send(), "CSRF token missing.");
        assertCsrfFailed(api.request("POST", "/api/personal_api_keys/").session(browser.withoutCsrfHeader())
                .header("X-CSRFToken", "x".repeat(32)).json(create).send(),
                "CSRF token from the 'X-Csrftoken' HTTP header incorrect.");
        assertCsrfFailed(api.request("POST", "/api/personal_api_keys/").session(browser.withoutCsrfHeader())
                .header("X-CSRFToken", "short").json(create).send(),
                "CSRF token from the 'X-Csrftoken' HTTP header has incorrect length.");
        assertCsrfFailed(api.request("POST", "/api/personal_api_keys/").session(browser.withoutCsrfHeader())
                .header("X-CSRFToken", "").json(create).send(),
                "CSRF token from the 'X-Csrftoken' HTTP header has incorrect length.");
        assertCsrfFailed(api.request("POST", "/api/personal_api_keys/").session(browser.withoutCsrfHeader())
                .header("X-CSRFToken", "-".repeat(32)).json(create).send(),
                "CSRF token from the 'X-Csrftoken' HTTP header has invalid characters.");
        assertCsrfFailed(api.request("POST", "/api/personal_api_keys/").session(browser)
                .header("Origin", "https://evil.example.com").json(create).send(),
                "Origin checking failed - https://evil.example.com does not match any trusted origins.");

        assertThat(api.request("POST", "/api/personal_api_keys/").session(browser)
                .header("Origin", ApiServer.SITE).json(create).send().status()).isEqualTo(201);
        assertThat(api.request("POST", "/api/personal_api_keys/").session(browser)
                .header("Origin", api.base()).json(create).send().status()).isEqualTo(201);
        assertThat(api.request("POST", "/api/personal_api_keys/").session(browser.withoutCsrfHeader())
                .header("X-CSRFToken", masked(browser.csrfToken())).json(create).send().status()).isEqualTo(201);
        assertThat(api.request("GET", "/api/personal_api_keys/").session(browser.withoutCsrf()).send().status())
                .isEqualTo(200);
    }

    /** Django insists on the cookie: a token in the header alone is what a script on another site could send. */
    @Test
    void the_token_must_come_with_the_csrf_cookie() {
        ApiServer.Browser browser = logIn();
        String create = "{\"label\": \"ci\", \"scopes\": [\"user:read\"]}";
        ApiServer.Browser headerOnly = new ApiServer.Browser(browser.sessionKey(), null, browser.csrfToken());

        assertCsrfFailed(api.request("POST", "/api/personal_api_keys/").session(headerOnly).json(create).send(),
                "CSRF cookie not set.");
        assertCsrfFailed(api.request("POST", "/api/personal_api_keys/").session(headerOnly.withoutCsrfHeader())
                .json(create).send(), "CSRF cookie not set.");
        assertCsrfFailed(api.request("POST", "/api/personal_api_keys/").session(
                new ApiServer.Browser(browser.sessionKey(), "short", browser.csrfToken())).json(create).send(),
                "CSRF cookie has incorrect length.");
        assertCsrfFailed(api.request("POST", "/api/personal_api_keys/").session(
                new ApiServer.Browser(browser.sessionKey(), "", browser.csrfToken())).json(create).send(),
                "CSRF cookie has incorrect length.");
        assertCsrfFailed(api.request("POST", "/api/personal_api_keys/").session(
                new ApiServer.Browser(browser.sessionKey(), "%".repeat(64), browser.csrfToken())).json(create)
                .send(), "CSRF cookie has invalid characters.");
        // The cookie is checked before the token, as in Django.
        assertCsrfFailed(api.request("POST", "/api/personal_api_keys/").session(
                new ApiServer.Browser(browser.sessionKey(), null, "short")).json(create).send(),
                "CSRF cookie not set.");
        // A masked cookie (Django before 4.0 stored them so) still carries the secret.
        assertThat(api.request("POST", "/api/personal_api_keys/").session(new ApiServer.Browser(
                browser.sessionKey(), masked(browser.csrfToken()), browser.csrfToken())).json(create).send()
                .status()).isEqualTo(201);
    }

    /** A cookie planted beside the session (by a sibling subdomain, say) does not make a token the session's. */
    @Test
    void a_token_that_matches_a_planted_cookie_but_not_the_session_fails() {
        ApiServer.Browser browser = logIn();
        String planted = "P".repeat(32);

        assertCsrfFailed(api.request("POST", "/api/logout/").session(new ApiServer.Browser(browser.sessionKey(),
                planted, planted)).send(), "CSRF token from the 'X-Csrftoken' HTTP header incorrect.");
        assertCsrfFailed(api.request("POST", "/api/logout/").session(new ApiServer.Browser(browser.sessionKey(),
                planted, browser.csrfToken())).send(), "CSRF token from the 'X-Csrftoken' HTTP header incorrect.");
        assertThat(api.request("GET", "/api/users/@me/").session(browser).send().status()).isEqualTo(200);
    }

    /** Django reads a POSTed form's csrfmiddlewaretoken before the header. */
    @Test
    void a_posted_form_may_carry_the_token_as_django_s_field() {
        ApiServer.Browser browser = logIn();

        assertCsrfFailed(api.request("POST", "/api/logout/").session(browser)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .bodyText("csrfmiddlewaretoken=" + "x".repeat(32)).send(), "CSRF token from POST incorrect.");
        assertCsrfFailed(api.request("POST", "/api/logout/").session(browser.withoutCsrfHeader())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .bodyText("csrfmiddlewaretoken=short").send(), "CSRF token from POST has incorrect length.");
        assertThat(api.request("POST", "/api/logout/").session(browser.withoutCsrfHeader())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .bodyText("csrfmiddlewaretoken=" + browser.csrfToken()).send().status()).isEqualTo(200);
    }

    /** On https without an Origin, Django wants a Referer from the site itself. */
    @Test
    void on_https_without_an_origin_the_referer_must_be_the_site_s() {
        try (ApiServer secure = new ApiServer(Persistence.inMemory(), settings -> new HttpSettings(
                settings.siteUrl(), 1), server -> server.create().start("127.0.0.1", 0))) {
            secure.data().user("ada@example.com", PASSWORD, ApiServer.HASHER);
            ApiServer.Browser browser = secure.logIn("ada@example.com", PASSWORD);
            java.util.function.Function<String, ApiServer.Response> logOutFrom = referer -> {
                ApiServer.Request request = secure.request("POST", "/api/logout/").session(browser)
                        .header("X-Forwarded-Proto", "https");
                return (referer == null ? request : request.header("Referer", referer)).send();
            };

            assertCsrfFailed(logOutFrom.apply(null), "Referer checking failed - no Referer.");
            assertCsrfFailed(logOutFrom.apply("not a url"), "Referer checking failed - Referer is malformed.");
            assertCsrfFailed(logOutFrom.apply("https:/burrow.example.com/"),
                    "Referer checking failed - Referer is malformed.");
            assertCsrfFailed(logOutFrom.apply("http://burrow.example.com/"),
                    "Referer checking failed - Referer is insecure while host is secure.");
            assertCsrfFailed(logOutFrom.apply("https://evil.example.com/page"),
                    "Referer checking failed - https://evil.example.com/page does not match any trusted origins.");
            // The referer is checked before the cookie, as in Django.
            assertCsrfFailed(secure.request("POST", "/api/logout/").session(browser.withoutCsrf())
                    .header("X-Forwarded-Proto", "https").send(), "Referer checking failed - no Referer.");
            // An Origin, when there is one, is checked instead.
            assertThat(secure.request("POST", "/api/logout/").session(browser).header("X-Forwarded-Proto", "https")
                    .header("Origin", ApiServer.SITE).send().status()).isEqualTo(200);
            ApiServer.Browser again = secure.logIn("ada@example.com", PASSWORD);
            assertThat(secure.request("POST", "/api/logout/").session(again).header("X-Forwarded-Proto", "https")
                    .header("Referer", "https://" + java.net.URI.create(secure.base()).getAuthority() + "/x").send()
                    .status()).isEqualTo(200);
            ApiServer.Browser third = secure.logIn("ada@example.com", PASSWORD);
            assertThat(secure.request("POST", "/api/logout/").session(third).header("X-Forwarded-Proto", "https")
                    .header("Referer", ApiServer.SITE + "/settings").send().status()).isEqualTo(200);
        }
    }

    @Test
    void a_login_from_another_site_is_refused() {
        JsonNode refused = json("""
                {"type": "authentication_error", "code": "permission_denied",
                 "detail": "Login requests from another site are not accepted.", "attr": null}""");
        String body = "{\"email\": \"ada@example.com\", \"password\": \"" + PASSWORD + "\"}";

        ApiServer.Response form = api.request("POST", "/api/login/").header("Sec-Fetch-Site", "cross-site")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .bodyText("email=ada%40example.com&password=" + PASSWORD.replace(" ", "+")).send();
        assertThat(form.status()).isEqualTo(403);
        assertThat(form.json()).isEqualTo(refused);
        assertThat(form.setCookie("sessionid")).isNull();
        ApiServer.Response foreign = api.request("POST", "/api/login/").header("Origin", "https://evil.example.com")
                .json(body).send();
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.json()).isEqualTo(refused);
        assertThat(api.request("POST", "/api/login/token/").header("Origin", "null")
                .json("{\"token\": \"123456\"}").send().json()).isEqualTo(refused);
        assertThat(api.request("POST", "/api/login/token/").header("Sec-Fetch-Site", "cross-site")
                .json("{\"token\": \"123456\"}").send().json()).isEqualTo(refused);

        assertThat(api.request("POST", "/api/login/").header("Origin", ApiServer.SITE)
                .header("Sec-Fetch-Site", "same-origin").json(body).send().status()).isEqualTo(200);
        assertThat(api.request("POST", "/api/login/").header("Origin", api.base()).json(body).send().status())
                .isEqualTo(200);
        assertThat(api.request("POST", "/api/login/").header("Sec-Fetch-Site", "none").json(body).send().status())
                .isEqualTo(200);
    }

    @Test
    void keys_need_no_csrf_token_and_the_session_comes_first() {
        String key = api.data().apiKey(ada, ApiScopes.ALL).value();
        User bob = api.data().user("bob@example.com", PASSWORD, ApiServer.HASHER);
        ApiServer.Browser bobs = api.logIn("bob@example.com", PASSWORD);

        assertThat(api.request("POST", "/api/personal_api_keys/").bearer(key)
                .json("{\"label\": \"ci\", \"scopes\": [\"user:read\"]}").send().status()).isEqualTo(201);
        assertThat(api.request("GET", "/api/users/@me/").session(bobs).bearer(key).send().json().get("email")
                .asText()).isEqualTo(bob.email().value());
    }

    private ApiServer.Response logIn(String email, String password) {
        return api.request("POST", "/api/login/")
                .json("{\"email\": \"" + email + "\", \"password\": \"" + password + "\"}").send();
    }

    private static void assertError(ApiServer.Response response, String code, String detail, String attr) {
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("type").asText()).isEqualTo("validation_error");
        assertThat(response.json().get("code").asText()).isEqualTo(code);
        assertThat(response.json().get("detail").asText()).isEqualTo(detail);
        assertThat(response.json().get("attr").isNull() ? null : response.json().get("attr").asText()).isEqualTo(attr);
    }

    private static void assertCsrfFailed(ApiServer.Response response, String reason) {
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json()).isEqualTo(json("""
                {"type": "authentication_error", "code": "permission_denied", "detail": "CSRF Failed: %s",
                 "attr": null}""".formatted(reason)));
    }

    /** Django's masking of a CSRF secret, as its templates and some clients send it. */
    static String masked(String secret) {
        String chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        String salt = "saltsaltsaltsaltsaltsaltsaltsalt";
        StringBuilder cipher = new StringBuilder();
        for (int i = 0; i < secret.length(); i++) {
            cipher.append(chars.charAt((chars.indexOf(secret.charAt(i)) + chars.indexOf(salt.charAt(i)))
                    % chars.length()));
        }
        return salt + cipher;
    }
}
