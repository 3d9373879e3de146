package dev.burrow.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.burrow.application.fake.Persistence;
import dev.burrow.application.session.SessionRepository;
import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import static dev.burrow.http.ApiServer.error;
import static dev.burrow.http.ApiServer.json;
import static org.assertj.core.api.Assertions.assertThat;

/** PostHog's login sessions: the caller's logins, and ending those they do not recognise. */
class LoginSessionsTest extends ApiTestCase {

    static final String FIREFOX = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:120.0) Gecko/20100101 Firefox/120.0";
    static final String CHROME = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like "
            + "Gecko) Chrome/131.0.0.0 Safari/537.36";

    @Test
    void the_list_shows_the_callers_logins_current_first_with_posthogs_fields_and_nothing_else() {
        ApiServer.Browser phone = logIn(api, CHROME);
        api.advance(Duration.ofMinutes(1));
        ApiServer.Browser laptop = logIn(api, FIREFOX);
        ApiServer.Browser bobs = logInAs(api, "bob@example.com");

        ApiServer.Response listed = api.request("GET", "/api/users/@me/login_sessions/").session(phone)
                .header("User-Agent", CHROME).send();

        assertThat(listed.status()).isEqualTo(200);
        JsonNode items = listed.json();
        assertThat(items).hasSize(2);
        String phoneId = items.get(0).get("id").asText();
        String laptopId = items.get(1).get("id").asText();
        assertThat(items).isEqualTo(json("""
                [{"id": "%s", "created_at": "2026-11-28T12:00:00+00:00", "last_activity": "2026-11-28T12:00:00Z",
                  "location": null, "device": "Chrome 131 on macOS", "login_method": "password", "is_current": true},
                 {"id": "%s", "created_at": "2026-11-28T12:01:00+00:00", "last_activity": "2026-11-28T12:01:00Z",
                  "location": null, "device": "Firefox 120 on Windows", "login_method": "password",
                  "is_current": false}]""".formatted(phoneId, laptopId)));
        assertThat(phoneId).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(listed.body()).doesNotContain(phone.sessionKey()).doesNotContain("127.0.0.1")
                .doesNotContain("Mozilla");
        // Bob's list is Bob's, whatever user the path names.
        ApiServer.Response his = api.request("GET", "/api/users/" + ada.uuid() + "/login_sessions/").session(bobs)
                .send();
        assertThat(his.json()).hasSize(1);
        assertThat(his.json().get(0).get("is_current").asBoolean()).isTrue();
        // Listing ends nothing: the phone's own login goes on.
        assertThat(api.request("GET", "/api/users/@me/").session(laptop).send().status()).isEqualTo(200);
    }

    @Test
    void location_is_where_the_operators_geoip_database_places_the_sessions_address() {
        ApiServer.Browser laptop = logIn(api, FIREFOX);
        api.geolocation(address -> address.equals("127.0.0.1") ? Optional.of("Paris, France") : Optional.empty());

        ApiServer.Response listed = api.request("GET", "/api/users/@me/login_sessions/").session(laptop).send();

        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.json().get(0).get("location")).isEqualTo(json("\"Paris, France\""));
        // A database that fails places nothing, and the list is still answered.
        api.geolocation(address -> {
            throw new IllegalStateException("the database cannot be read");
        });
        ApiServer.Response unplaced = api.request("GET", "/api/users/@me/login_sessions/").session(laptop).send();
        assertThat(unplaced.status()).isEqualTo(200);
        assertThat(unplaced.json().get(0).get("location").isNull()).isTrue();
    }

    @Test
    void keys_do_not_reach_login_sessions() {
        String key = key();
        for (String[] route : new String[][]{{"GET", "/api/users/@me/login_sessions/"},
                {"POST", "/api/users/@me/login_sessions/revoke_others/"},
                {"DELETE", "/api/users/@me/login_sessions/3f2b6c1e-9a0d-4e4f-8b7a-1c2d3e4f5a6b/"}}) {
            ApiServer.Response response = api.request(route[0], route[1]).bearer(key).send();
            assertThat(response.status()).as(route[1]).isEqualTo(401);
            assertThat(response.json()).isEqualTo(error("authentication_error", "not_authenticated",
                    "Authentication credentials were not provided.", null));
        }
    }

    @Test
    void one_login_is_ended_by_its_id_and_no_other_users_login_is_found() {
        ApiServer.Browser laptop = logIn(api, FIREFOX);
        ApiServer.Browser phone = logIn(api, CHROME);
        ApiServer.Browser bobs = logInAs(api, "bob@example.com");
        String phoneId = idOf(phone);

        ApiServer.Response ended = api.request("DELETE", "/api/users/@me/login_sessions/" + phoneId + "/")
                .session(laptop).send();

        assertThat(ended.status()).isEqualTo(204);
        assertThat(ended.body()).isEmpty();
        assertThat(api.request("GET", "/api/users/@me/").session(phone).send().status()).isEqualTo(401);
        assertThat(api.request("GET", "/api/users/@me/").session(laptop).send().status()).isEqualTo(200);
        for (String id : new String[]{phoneId, idOf(bobs), "3f2b6c1e-9a0d-4e4f-8b7a-1c2d3e4f5a6b", "nonsense"}) {
            ApiServer.Response missing = api.request("DELETE", "/api/users/@me/login_sessions/" + id + "/")
                    .session(laptop).send();
            assertThat(missing.status()).as(id).isEqualTo(404);
            assertThat(missing.json()).isEqualTo(error("invalid_request", "not_found", "Login session not found.",
                    null));
        }
        assertThat(api.request("GET", "/api/users/@me/").session(bobs).send().status()).isEqualTo(200);
    }

    @Test
    void revoke_others_ends_every_other_session_and_says_how_many() {
        ApiServer.Browser laptop = logIn(api, FIREFOX);
        ApiServer.Browser phone = logIn(api, CHROME);
        ApiServer.Browser tablet = logIn(api, CHROME);
        ApiServer.Browser bobs = logInAs(api, "bob@example.com");

        ApiServer.Response revoked = api.request("POST", "/api/users/@me/login_sessions/revoke_others/")
                .session(laptop).send();

        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.body()).isEqualTo("{\"revoked_count\":2}");
        for (ApiServer.Browser gone : new ApiServer.Browser[]{phone, tablet}) {
            assertThat(api.request("GET", "/api/users/@me/").session(gone).send().status()).isEqualTo(401);
        }
        assertThat(api.request("GET", "/api/users/@me/").session(laptop).send().status()).isEqualTo(200);
        assertThat(api.request("GET", "/api/users/@me/").session(bobs).send().status()).isEqualTo(200);
        assertThat(api.request("POST", "/api/users/@me/login_sessions/revoke_others/").session(laptop).send().body())
                .isEqualTo("{\"revoked_count\":0}");
    }

    @Test
    void ending_logins_needs_a_login_from_the_last_two_hours_and_listing_does_not() {
        ApiServer.Browser laptop = logIn(api, FIREFOX);
        ApiServer.Browser phone = logIn(api, CHROME);
        api.advance(Duration.ofHours(2).plusSeconds(1));

        for (ApiServer.Response stale : List.of(
                api.request("POST", "/api/users/@me/login_sessions/revoke_others/").session(laptop).send(),
                api.request("DELETE", "/api/users/@me/login_sessions/" + idOf(phone) + "/").session(laptop).send())) {
            assertThat(stale.status()).isEqualTo(403);
            assertThat(stale.json()).isEqualTo(error("authentication_error", "sensitive_action_required_reauth",
                    "This action requires you to be recently authenticated.", null));
        }
        assertThat(api.request("GET", "/api/users/@me/login_sessions/").session(laptop).send().json()).hasSize(2);
        assertThat(api.request("GET", "/api/users/@me/").session(phone).send().status()).isEqualTo(200);
    }

    /**
     * Activity is written at most once per five minutes per session, and a key's request does not touch the
     * sessions at all: counted at the port, under every request a browser and a script send.
     */
    @Test
    void activity_is_written_at_most_once_per_five_minutes_and_never_for_a_key() {
        List<String> calls = Collections.synchronizedList(new ArrayList<>());
        Persistence base = Persistence.inMemory();
        SessionRepository counted = counting(base.sessions(), calls);
        try (ApiServer counting = new ApiServer(base.withSessions(counted))) {
            counting.data().user("ada@example.com", PASSWORD, ApiServer.HASHER);
            String key = counting.data().apiKey(counting.persistence().users().byEmail(
                    dev.burrow.domain.user.EmailAddress.of("ada@example.com")).orElseThrow(),
                    dev.burrow.domain.apikey.ApiScopes.ALL).value();
            ApiServer.Browser laptop = logIn(counting, FIREFOX);

            calls.clear();
            for (int i = 0; i < 20; i++) {
                assertThat(counting.get("/api/users/@me/", key).status()).isEqualTo(200);
            }
            assertThat(calls).isEmpty();

            for (int i = 0; i < 10; i++) {
                assertThat(counting.request("GET", "/api/users/@me/").session(laptop).header("User-Agent", CHROME)
                        .send().status()).isEqualTo(200);
                counting.advance(Duration.ofSeconds(20));
            }
            assertThat(calls).doesNotContain("recordActivity");

            counting.advance(Duration.ofMinutes(2));
            for (int i = 0; i < 10; i++) {
                assertThat(counting.request("GET", "/api/users/@me/").session(laptop).header("User-Agent", CHROME)
                        .send().status()).isEqualTo(200);
            }
            assertThat(calls.stream().filter("recordActivity"::equals)).hasSize(1);
            JsonNode listed = counting.request("GET", "/api/users/@me/login_sessions/").session(laptop).send().json();
            assertThat(listed.get(0).get("device").asText()).isEqualTo("Chrome 131 on macOS");
            assertThat(listed.get(0).get("last_activity").asText()).isEqualTo("2026-11-28T12:05:20Z");
        }
    }

    static ApiServer.Browser logIn(ApiServer api, String userAgent) {
        ApiServer.Response response = api.request("POST", "/api/login/").header("User-Agent", userAgent)
                .json("{\"email\": \"ada@example.com\", \"password\": \"" + PASSWORD + "\"}").send();
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return new ApiServer.Browser(response.cookie("sessionid"), response.cookie("posthog_csrftoken"));
    }

    private static ApiServer.Browser logInAs(ApiServer api, String email) {
        api.data().user(email, PASSWORD, ApiServer.HASHER);
        return api.logIn(email, PASSWORD);
    }

    /** The public id of the browser's login, as its own list shows it. */
    private String idOf(ApiServer.Browser browser) {
        JsonNode items = api.request("GET", "/api/users/@me/login_sessions/").session(browser).send().json();
        for (JsonNode item : items) {
            if (item.get("is_current").asBoolean()) {
                return item.get("id").asText();
            }
        }
        throw new AssertionError("no current session in " + items);
    }

    private static SessionRepository counting(SessionRepository target, List<String> calls) {
        return (SessionRepository) Proxy.newProxyInstance(SessionRepository.class.getClassLoader(),
                new Class<?>[]{SessionRepository.class}, (proxy, method, args) -> {
                    if (method.getDeclaringClass() != Object.class) {
                        calls.add(method.getName());
                    }
                    try {
                        return method.invoke(target, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
