package dev.burrow.http;

import dev.burrow.application.fake.Persistence;
import dev.burrow.domain.apikey.ApiScope;
import dev.burrow.domain.apikey.ApiScopes;
import dev.burrow.domain.user.User;
import io.javalin.Javalin;
import io.javalin.http.Context;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

import static dev.burrow.http.ApiServer.error;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * burrow mounted in a host's Javalin app under a prefix: the host keeps its own routes, 404s and error handling;
 * burrow's routes answer as they do on burrow's own server; and the host may vouch for its own callers.
 */
class MountedApiTest {

    private static final String PREFIX = "/users-api";
    /** The host's own credential: a header naming the caller, as a host's session lookup would. */
    private static final String HOST_HEADER = "X-Host-User";

    private ApiServer api;

    @AfterEach
    void stop() {
        if (api != null) {
            api.close();
        }
    }

    @Test
    void the_hosts_routes_and_burrows_live_side_by_side() {
        api = mounted(settings -> settings);
        User ada = api.data().user("ada@example.com");
        String key = api.data().apiKey(ada, ApiScopes.ALL).value();

        ApiServer.Response hosts = api.request("GET", "/hello").send();
        assertThat(hosts.status()).isEqualTo(200);
        assertThat(hosts.body()).isEqualTo("hello from the host");
        assertThat(hosts.header("X-Request-ID")).as("burrow's headers stay on burrow's routes").isNull();

        for (String path : new String[] {PREFIX + "/api/users/@me/", PREFIX + "/api/users/@me"}) {
            ApiServer.Response mine = api.get(path, key);
            assertThat(mine.status()).as(path).isEqualTo(200);
            assertThat(mine.json().get("email").asText()).isEqualTo("ada@example.com");
            assertThat(mine.header("X-Request-ID")).isNotNull();
        }

        ApiServer.Response refused = api.get(PREFIX + "/api/users/@me/", "phx_not_a_key");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json()).isEqualTo(error("authentication_error", "authentication_failed",
                "Personal API key found in request Authorization header is invalid.", null));

        ApiServer.Response bad = api.request("PATCH", PREFIX + "/api/users/@me/").bearer(key)
                .json("{\"first_name\": 42, \"theme_mode\": \"neon\"}").send();
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("type").asText()).isEqualTo("validation_error");

        assertThat(api.request("GET", "/api/users/@me/").bearer(key).send().status())
                .as("not at the root").isEqualTo(404);
        ApiServer.Response failing = api.request("GET", "/boom").send();
        assertThat(failing.status()).isEqualTo(500);
        assertThat(failing.body()).as("the host's own error handling").isEqualTo("the host's error page");
    }

    @Test
    void pagination_links_keep_the_prefix() {
        api = mounted(settings -> settings);
        User root = api.data().staff("root@example.com");
        api.data().user("ada@example.com");
        String key = api.data().apiKey(root, ApiScopes.ALL).value();

        ApiServer.Response page = api.get(PREFIX + "/api/users/?limit=1", key);

        assertThat(page.json().get("next").asText()).isEqualTo(api.base() + PREFIX + "/api/users/?limit=1&offset=1");
    }

    @Test
    void a_caller_the_host_vouches_for_acts_beside_burrows_own_keys() {
        api = mounted(settings -> settings.withHostAuthentication(MountedApiTest::hostCaller, true));
        User ada = api.data().user("ada@example.com");
        String key = api.data().apiKey(ada, ApiScopes.of(List.of(ApiScope.PERSONAL_API_KEY_READ))).value();

        ApiServer.Response vouched = api.request("PATCH", PREFIX + "/api/users/@me/")
                .header(HOST_HEADER, ada.uuid().toString()).json("{\"first_name\": \"Ada\"}").send();
        assertThat(vouched.status()).as(vouched.body()).isEqualTo(200);
        assertThat(vouched.json().get("first_name").asText()).isEqualTo("Ada");

        ApiServer.Response unknown = api.request("GET", PREFIX + "/api/users/@me/")
                .header(HOST_HEADER, UUID.randomUUID().toString()).send();
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.json()).isEqualTo(error("authentication_error", "authentication_failed",
                "The caller has no active account.", null));

        ApiServer.Response keyed = api.get(PREFIX + "/api/users/@me/", key);
        assertThat(keyed.status()).as("burrow's keys still count, with their scopes").isEqualTo(403);

        // The host may vouch from a cookie: changes sent from another site are refused.
        ApiServer.Response foreign = api.request("PATCH", PREFIX + "/api/users/@me/")
                .header(HOST_HEADER, ada.uuid().toString()).header("Origin", "https://evil.example")
                .json("{\"first_name\": \"Eve\"}").send();
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.json()).isEqualTo(error("authentication_error", "permission_denied",
                "CSRF Failed: Origin checking failed - https://evil.example does not match any trusted origins.",
                null));
        ApiServer.Response crossSite = api.request("POST", PREFIX + "/api/users/@me/two_factor_disable/")
                .header(HOST_HEADER, ada.uuid().toString()).header("Sec-Fetch-Site", "cross-site").json("{}")
                .send();
        assertThat(crossSite.status()).isEqualTo(403);
        assertThat(api.request("GET", PREFIX + "/api/users/@me/").header(HOST_HEADER, ada.uuid().toString())
                .header("Sec-Fetch-Site", "cross-site").send().json().get("first_name").asText())
                .as("reading is not a change").isEqualTo("Ada");

        ApiServer.Response setup = api.request("GET", PREFIX + "/api/users/@me/two_factor_start_setup/")
                .header(HOST_HEADER, ada.uuid().toString()).send();
        assertThat(setup.status()).isEqualTo(403);
        assertThat(setup.json()).isEqualTo(error("authentication_error", "permission_denied",
                "Setting up two-factor authentication needs a session logged in to burrow itself "
                        + "(POST /api/login/).", null));
        assertThat(api.request("GET", PREFIX + "/api/users/@me/").send().status()).isEqualTo(401);
    }

    @Test
    void a_host_may_be_the_only_way_in() {
        api = mounted(settings -> settings.withHostAuthentication(MountedApiTest::hostCaller, false));
        User ada = api.data().user("ada@example.com");
        String key = api.data().apiKey(ada, ApiScopes.ALL).value();

        assertThat(api.request("GET", PREFIX + "/api/users/@me/").header(HOST_HEADER, ada.uuid().toString())
                .send().json().get("email").asText()).isEqualTo("ada@example.com");
        ApiServer.Response keyed = api.get(PREFIX + "/api/users/@me/", key);
        assertThat(keyed.status()).isEqualTo(401);
        assertThat(keyed.json()).isEqualTo(error("authentication_error", "not_authenticated",
                "Authentication credentials were not provided.", null));
    }

    /**
     * Under the prefix, a wrong method and an unknown path are answered as burrow's own server answers them, and
     * the links burrow writes carry the prefix, whether or not the host ignores trailing slashes, and though the
     * host sets that after registering the plugin; the host's own routes and 404s keep their answers.
     */
    @ParameterizedTest(name = "host ignores trailing slashes: {0}")
    @ValueSource(booleans = {true, false})
    void under_the_prefix_burrow_answers_as_its_own_server_does(boolean ignoreTrailingSlashes) {
        api = mounted(settings -> settings, ignoreTrailingSlashes);
        User root = api.data().staff("root@example.com");
        api.data().user("ada@example.com");
        api.data().user("bob@example.com");
        String key = api.data().apiKey(root, ApiScopes.ALL).value();

        for (String path : new String[] {PREFIX + "/api/users/@me/", PREFIX + "/api/users/@me"}) {
            assertThat(api.get(path, key).status()).as(path).isEqualTo(200);

            ApiServer.Response anonymous = api.request("POST", path).json("{}").send();
            assertThat(anonymous.status()).as(path).isEqualTo(401);
            assertThat(anonymous.json()).isEqualTo(error("authentication_error", "not_authenticated",
                    "Authentication credentials were not provided.", null));
            assertThat(anonymous.header("WWW-Authenticate")).as("the challenge names the mounted API").isEqualTo(
                    "Bearer resource_metadata=\"" + ApiServer.SITE + PREFIX + "/.well-known/oauth-protected-resource\"");

            ApiServer.Response keyed = api.request("POST", path).bearer(key).json("{}").send();
            assertThat(keyed.status()).as(path).isEqualTo(405);
            assertThat(keyed.json()).isEqualTo(error("invalid_request", "method_not_allowed",
                    "Method \"POST\" not allowed.", null));
        }
        ApiServer.Response open = api.request("GET", PREFIX + "/api/login/").send();
        assertThat(open.status()).as("a route anyone may call").isEqualTo(405);
        assertThat(open.json()).isEqualTo(error("invalid_request", "method_not_allowed",
                "Method \"GET\" not allowed.", null));
        ApiServer.Response unchallenged = api.request("PUT", PREFIX + "/api/users/@me/signal_autonomy/").send();
        assertThat(unchallenged.status()).isEqualTo(403);
        assertThat(unchallenged.header("WWW-Authenticate")).isNull();

        for (String path : new String[] {PREFIX + "/api/nothing/", PREFIX + "/api/nothing", PREFIX + "/",
                PREFIX, PREFIX + "/api/users/@me/nothing/"}) {
            for (String method : new String[] {"GET", "POST", "DELETE"}) {
                ApiServer.Response unknown = api.request(method, path).bearer(key).send();
                assertThat(unknown.status()).as(method + " " + path).isEqualTo(404);
                assertThat(unknown.json()).as(method + " " + path).isEqualTo(error("invalid_request", "not_found",
                        "Endpoint not found.", null));
            }
        }

        ApiServer.Response noSuchUser = api.get(PREFIX + "/api/users/" + UUID.randomUUID() + "/", key);
        assertThat(noSuchUser.status()).as("a route's own 404, past the host's 404 page").isEqualTo(404);
        assertThat(noSuchUser.json()).isEqualTo(error("invalid_request", "not_found", "Not found.", null));

        for (String path : new String[] {"/users/?limit=1&offset=1", "/users?limit=1&offset=1"}) {
            ApiServer.Response page = api.get(PREFIX + "/api" + path, key);
            String self = api.base() + PREFIX + "/api" + path.substring(0, path.indexOf('?'));
            assertThat(page.json().get("next").asText()).isEqualTo(self + "?limit=1&offset=2");
            assertThat(page.json().get("previous").asText()).isEqualTo(self + "?limit=1");
        }

        assertThat(api.request("GET", "/hello").send().body()).isEqualTo("hello from the host");
        ApiServer.Response hostsWrongMethod = api.request("POST", "/hello").send();
        assertThat(hostsWrongMethod.status()).isEqualTo(404);
        assertThat(hostsWrongMethod.body()).as("the host's own 404").isEqualTo("the host's 404 page");
        ApiServer.Response hostsUnknown = api.request("GET", "/users-apix/api/users/").send();
        assertThat(hostsUnknown.status()).isEqualTo(404);
        assertThat(hostsUnknown.body()).isEqualTo("the host's 404 page");
        assertThat(hostsUnknown.header("X-Request-ID")).isNull();
    }

    /** Mounted at the root, burrow answers wrong methods on its own paths; the host's routes and 404s stay its own. */
    @Test
    void at_the_root_burrows_paths_answer_a_wrong_method_and_the_rest_stays_the_hosts() {
        api = new ApiServer(Persistence.inMemory(), settings -> settings, burrow -> Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.registerPlugin(burrow.plugin(""));
            config.routes.get("/hello", ctx -> ctx.result("hello from the host"));
        }).start("127.0.0.1", 0)).checkedUnder(null);
        User ada = api.data().user("ada@example.com");
        String key = api.data().apiKey(ada, ApiScopes.ALL).value();

        ApiServer.Response anonymous = api.request("POST", "/api/users/@me/").json("{}").send();
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.json()).isEqualTo(error("authentication_error", "not_authenticated",
                "Authentication credentials were not provided.", null));
        assertThat(anonymous.header("WWW-Authenticate")).isEqualTo(
                "Bearer resource_metadata=\"" + ApiServer.SITE + "/.well-known/oauth-protected-resource\"");
        ApiServer.Response keyed = api.request("POST", "/api/users/@me").bearer(key).json("{}").send();
        assertThat(keyed.status()).isEqualTo(405);
        assertThat(keyed.json()).isEqualTo(error("invalid_request", "method_not_allowed",
                "Method \"POST\" not allowed.", null));
        assertThat(api.get("/api/users/@me/", key).status()).isEqualTo(200);

        assertThat(api.request("GET", "/hello").send().body()).isEqualTo("hello from the host");
        ApiServer.Response hostsUnknown = api.request("GET", "/nothing").send();
        assertThat(hostsUnknown.status()).isEqualTo(404);
        assertThat(hostsUnknown.body()).doesNotContain("Endpoint not found");
    }

    private static Optional<UUID> hostCaller(Context ctx) {
        return Optional.ofNullable(ctx.header(HOST_HEADER)).map(UUID::fromString);
    }

    /** A host app with a route and an error page of its own, and burrow under {@link #PREFIX}. */
    private static ApiServer mounted(UnaryOperator<HttpSettings> settings) {
        return mounted(settings, null);
    }

    /**
     * As {@link #mounted(UnaryOperator)}, the host setting {@code router.ignoreTrailingSlashes} (unless null) after
     * registering the plugin.
     */
    private static ApiServer mounted(UnaryOperator<HttpSettings> settings, Boolean ignoreTrailingSlashes) {
        return new ApiServer(Persistence.inMemory(), settings, burrow -> Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.get("/hello", ctx -> ctx.result("hello from the host"));
            config.routes.get("/boom", ctx -> {
                throw new IllegalStateException("the host failed");
            });
            config.routes.exception(Exception.class, (failure, ctx) -> ctx.status(500).result("the host's error page"));
            config.routes.error(404, ctx -> ctx.result("the host's 404 page"));
            config.routes.error(401, ctx -> ctx.result("the host's login page"));
            config.registerPlugin(burrow.plugin(PREFIX));
            if (ignoreTrailingSlashes != null) {
                config.router.ignoreTrailingSlashes = ignoreTrailingSlashes;
            }
        }).start("127.0.0.1", 0)).checkedUnder(PREFIX);
    }
}
