package dev.burrow.http;

import dev.burrow.application.fake.Persistence;
import dev.burrow.domain.apikey.ApiScope;
import dev.burrow.domain.apikey.ApiScopes;
import dev.burrow.domain.user.User;
import io.javalin.Javalin;
import io.javalin.http.Context;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

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

    private static Optional<UUID> hostCaller(Context ctx) {
        return Optional.ofNullable(ctx.header(HOST_HEADER)).map(UUID::fromString);
    }

    /** A host app with a route and an error page of its own, and burrow under {@link #PREFIX}. */
    private static ApiServer mounted(UnaryOperator<HttpSettings> settings) {
        return new ApiServer(Persistence.inMemory(), settings, burrow -> Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.get("/hello", ctx -> ctx.result("hello from the host"));
            config.routes.get("/boom", ctx -> {
                throw new IllegalStateException("the host failed");
            });
            config.routes.exception(Exception.class, (failure, ctx) -> ctx.status(500).result("the host's error page"));
            config.registerPlugin(burrow.plugin(PREFIX));
        }).start("127.0.0.1", 0)).checkedUnder(PREFIX);
    }
}
