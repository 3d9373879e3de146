package dev.burrow.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.burrow.application.fake.FakeGithubApp;
import dev.burrow.application.github.GithubAppGateway;
import dev.burrow.application.github.GithubAppGateway.GithubUser;
import dev.burrow.application.github.GithubAppGateway.Reachable;
import dev.burrow.domain.apikey.ApiScope;
import dev.burrow.domain.failure.UpstreamException;
import dev.burrow.domain.github.GithubAccount;
import dev.burrow.domain.github.GithubRepository;
import dev.burrow.domain.github.InstallationId;
import dev.burrow.domain.organization.MembershipLevel;
import dev.burrow.domain.organization.Organization;
import dev.burrow.domain.organization.Project;
import dev.burrow.domain.user.CurrentContext;
import dev.burrow.http.json.PostHogTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.burrow.http.ApiServer.error;
import static dev.burrow.http.ApiServer.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Starting a GitHub link and finishing it when GitHub sends the user back, over a fake GitHub. */
class GithubLinkTest extends ApiTestCase {

    private static final String START = "/api/users/@me/integrations/github/start/";
    private static final String SETTINGS = ApiServer.SITE + "/settings/user-personal-integrations?";
    private static final Pattern STATE = Pattern.compile("[?&]state=([^&]+)");

    private Organization acme;
    private Project web;
    private ApiServer.Browser browser;

    @BeforeEach
    void setUp() {
        acme = api.data().organization("Acme");
        web = api.data().project(acme, "Web");
        api.data().member(acme, ada, MembershipLevel.MEMBER);
        ada = api.persistence().users().update(ada.withCurrentContext(new CurrentContext(acme.id(), web.id())));
        browser = logIn();
    }

    @Test
    void without_a_project_installation_the_user_installs_the_app_and_comes_back_linked() {
        JsonNode started = start("{}");

        assertThat(started.get("connect_flow").asText()).isEqualTo("app_install");
        String url = started.get("install_url").asText();
        assertThat(url).startsWith(FakeGithubApp.WEB + "/apps/burrow-fake/installations/new?state=token%3D");
        String state = stateOf(url);
        assertThat(state).matches("token=[A-Za-z0-9]{48}&source=user_integration");
        api.github().withCode("code-1", new GithubUser("ada-gh",
                List.of(new Reachable(new InstallationId(555), new GithubAccount("Organization", "acme"), "all"))));

        ApiServer.Response back = callback("code=code-1&installation_id=555&setup_action=install&state="
                + encode(state), browser);

        assertThat(back.status()).isEqualTo(302);
        assertThat(back.header("Location")).isEqualTo(SETTINGS + "github_link_success=1");
        assertThat(api.get("/api/users/@me/integrations/", key()).json().get("results")).isEqualTo(json("""
                [{"kind": "github", "installation_id": "555", "repository_selection": "all",
                  "account": {"type": "Organization", "name": "acme"}, "uses_shared_installation": false,
                  "created_at": "%s"}]""".formatted(PostHogTime.format(api.now()))));
        assertThat(api.get("/api/users/@me/github_login/", key()).json().get("github_login").asText())
                .isEqualTo("ada-gh");
    }

    @Test
    void with_a_project_installation_the_user_only_authorizes_for_it() {
        api.data().teamInstallation(web, 777, null, null);

        JsonNode started = start("{\"connect_from\": \"posthog_code\"}");

        assertThat(started.get("connect_flow").asText()).isEqualTo("oauth_authorize");
        String url = started.get("install_url").asText();
        assertThat(url).startsWith(FakeGithubApp.WEB + "/login/oauth/authorize?client_id=Iv1.fake&redirect_uri="
                + encode(ApiServer.SITE + "/complete/github-link/") + "&state=token%3D");
        api.github().withCode("code-2", new GithubUser("ada-gh",
                List.of(new Reachable(new InstallationId(777), new GithubAccount("Organization", "acme"),
                        "selected"))));

        ApiServer.Response back = callback("code=code-2&state=" + encode(stateOf(url)), browser);

        assertThat(back.header("Location")).isEqualTo(SETTINGS + "github_link_success=1");
        JsonNode listed = api.get("/api/users/@me/integrations/", key()).json().get("results").get(0);
        assertThat(listed.get("installation_id").asText()).isEqualTo("777");
        assertThat(listed.get("uses_shared_installation").asBoolean()).isTrue();
        assertThat(start("{}").get("connect_flow").asText()).isEqualTo("app_install");
    }

    @Test
    void a_state_works_once_for_its_own_user_for_ten_minutes() {
        api.github().withCode("code", new GithubUser("ada-gh",
                List.of(new Reachable(new InstallationId(555), null, "all"))));
        String used = stateOf(start("{}").get("install_url").asText());
        assertSuccess(callback("code=code&installation_id=555&state=" + encode(used), browser));

        assertFailure(callback("code=code&installation_id=555&state=" + encode(used), browser), "invalid_state");

        api.data().user("bob@example.com", PASSWORD, ApiServer.HASHER);
        ApiServer.Browser bobs = api.logIn("bob@example.com", PASSWORD);
        String adas = stateOf(start("{}").get("install_url").asText());
        assertFailure(callback("code=other&installation_id=555&state=" + encode(adas), bobs), "invalid_state");
        // Bob's attempt did not use Ada's link up: she still finishes it.
        api.github().withCode("again", new GithubUser("ada-gh",
                List.of(new Reachable(new InstallationId(555), null, "all"))));
        assertSuccess(callback("code=again&installation_id=555&state=" + encode(adas), browser));

        String late = stateOf(start("{}").get("install_url").asText());
        api.advance(Duration.ofMinutes(11));
        assertFailure(callback("code=code&installation_id=555&state=" + encode(late), logIn()), "invalid_state");
        assertFailure(callback("code=code&installation_id=555&state=token%3Dforged", logIn()), "invalid_state");
    }

    @Test
    void every_way_back_that_does_not_link_says_why() {
        String state = encode(stateOf(start("{}").get("install_url").asText()));
        api.github().withCode("good", new GithubUser("ada-gh",
                List.of(new Reachable(new InstallationId(555), null, "all"))));

        assertFailure(callback("error=access_denied&state=" + state, browser), "access_denied");
        assertFailure(callback("error=redirect_uri_mismatch&state=" + state, browser), "github_oauth_error");
        assertFailure(callback("state=" + state, browser), "missing_params");
        assertFailure(callback("code=good", browser), "missing_params");
        assertFailure(api.request("GET", "/complete/github-link/?code=good&installation_id=555&state=" + state)
                .send(), "not_authenticated");
        assertFailure(callback("code=good&state=" + state, browser), "missing_params");

        String bad = encode(stateOf(start("{}").get("install_url").asText()));
        assertFailure(callback("code=good&installation_id=5x5&state=" + bad, browser), "invalid_installation_id");
        String another = encode(stateOf(start("{}").get("install_url").asText()));
        assertFailure(callback("code=wrong&installation_id=555&state=" + another, browser), "exchange_failed");
        String third = encode(stateOf(start("{}").get("install_url").asText()));
        assertFailure(callback("code=good&installation_id=999&state=" + third, browser),
                "installation_not_authorized");
        String fourth = encode(stateOf(start("{}").get("install_url").asText()));
        api.github().failWith(new UpstreamException("github_unavailable", "GitHub did not answer in time."));
        assertFailure(callback("code=good&installation_id=555&state=" + fourth, browser), "exchange_failed");
        assertThat(api.persistence().githubInstallations().ofUser(ada.id())).isEmpty();
    }

    @Test
    void team_id_picks_another_project_the_user_can_reach() {
        Project app = api.data().project(acme, "App");
        api.data().teamInstallation(app, 888, null, null);
        Project secret = api.data().privateProject(acme, "Secret");
        Project foreign = api.data().project(api.data().organization("Globex"), "Other");

        assertThat(start("{\"team_id\": " + app.id() + "}").get("connect_flow").asText())
                .isEqualTo("oauth_authorize");
        assertThat(start("{\"team_id\": \"" + app.id() + "\"}").get("connect_flow").asText())
                .isEqualTo("oauth_authorize");
        assertThat(start("{\"team_id\": null}").get("connect_flow").asText()).isEqualTo("app_install");
        // Python's int(): decimals are cut, text may carry spaces and underscores.
        assertThat(start("{\"team_id\": " + app.id() + ".9}").get("connect_flow").asText())
                .isEqualTo("oauth_authorize");
        assertThat(start("{\"team_id\": \" " + app.id() + " \"}").get("connect_flow").asText())
                .isEqualTo("oauth_authorize");
        for (String bad : List.of("\"web\"", "\"1.5\"", "[1]", "{}")) {
            assertInvalid(startResponse("{\"team_id\": " + bad + "}"), "team_id must be an integer");
        }
        for (Project unreachable : List.of(secret, foreign)) {
            assertInvalid(startResponse("{\"team_id\": " + unreachable.id() + "}"),
                    "Invalid or inaccessible team_id for this user.");
        }
        assertInvalid(startResponse("{\"team_id\": 987654}"), "Invalid or inaccessible team_id for this user.");
    }

    @Test
    void an_instance_without_the_apps_settings_says_which_is_missing() {
        api.data().teamInstallation(web, 777, null, null);
        api.github().unconfigure(true, true);

        assertInvalid(startResponse("{}"), GithubAppGateway.MISSING_CLIENT_ID);
        assertThat(GithubAppGateway.MISSING_CLIENT_ID)
                .isEqualTo("GitHub App client ID is not configured (GITHUB_APP_CLIENT_ID missing).");
        api.persistence().githubInstallations().delete(ada.id(), new InstallationId(777));
        api.data().githubLink(ada, 777, "ada-gh");
        assertInvalid(startResponse("{}"), GithubAppGateway.MISSING_SLUG);
        assertThat(GithubAppGateway.MISSING_SLUG)
                .isEqualTo("GitHub App is not configured on this instance (missing GITHUB_APP_SLUG).");
    }

    @Test
    void starting_needs_user_write_and_follows_the_lookup_rules() {
        ApiServer.Response reader = api.request("POST", START).bearer(key(ApiScope.USER_READ)).json("{}").send();
        assertThat(reader.status()).isEqualTo(403);
        assertThat(reader.json()).isEqualTo(error("authentication_error", "permission_denied",
                "API key missing required scope 'user:write'", null));
        ApiServer.Response withKey = api.request("POST", START).bearer(key(ApiScope.USER_WRITE)).json("{}").send();
        assertThat(withKey.status()).isEqualTo(200);
        ApiServer.Response foreign = api.request("POST", "/api/users/" + api.data().user("bob@example.com").uuid()
                + "/integrations/github/start/").session(browser).json("[\"not\", \"an object\"]").send();
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.json().get("detail").asText())
                .isEqualTo("As a non-staff user you're only allowed to access the `@me` user instance.");
        assertThat(api.request("GET", START).session(browser).send().status()).isEqualTo(405);
        ApiServer.Response anonymous = api.request("POST", START).json("{}").send();
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.json()).isEqualTo(error("authentication_error", "not_authenticated",
                "Authentication credentials were not provided.", null));
        assertThat(start("[1, 2]").get("connect_flow").asText()).isEqualTo("app_install");
    }

    @Test
    void linking_again_reads_the_repositories_afresh() {
        api.github().withRepositories(new InstallationId(555), List.of(new GithubRepository(1, "web", "acme/web",
                null, null, null, null, null, null)));
        for (String code : List.of("first", "second")) {
            api.github().withCode(code, new GithubUser("ada-gh",
                    List.of(new Reachable(new InstallationId(555), null, "all"))));
            assertSuccess(callback("code=" + code + "&installation_id=555&state="
                    + encode(stateOf(start("{}").get("install_url").asText())), browser));
            api.get("/api/users/@me/integrations/github/555/repos/", key());
        }

        assertThat(api.github().repositoryReads()).isEqualTo(2);
    }

    private JsonNode start(String body) {
        ApiServer.Response response = startResponse(body);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(UserRetrieveTest.fieldNames(response.json())).containsExactlyInAnyOrder("install_url",
                "connect_flow");
        return response.json();
    }

    private ApiServer.Response startResponse(String body) {
        return api.request("POST", START).session(browser).json(body).send();
    }

    private ApiServer.Response callback(String query, ApiServer.Browser who) {
        return api.request("GET", "/complete/github-link/?" + query).session(who).send();
    }

    private static void assertSuccess(ApiServer.Response response) {
        assertThat(response.status()).isEqualTo(302);
        assertThat(response.header("Location")).isEqualTo(SETTINGS + "github_link_success=1");
    }

    private static void assertFailure(ApiServer.Response response, String reason) {
        assertThat(response.status()).isEqualTo(302);
        assertThat(response.header("Location")).isEqualTo(SETTINGS + "github_link_error=" + reason);
    }

    private static void assertInvalid(ApiServer.Response response, String detail) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json()).isEqualTo(error("validation_error", "invalid_input", detail, null));
    }

    /** The state as GitHub hands it back: decoded from the URL it was sent with. */
    private static String stateOf(String url) {
        Matcher state = STATE.matcher(url);
        assertThat(state.find()).as(url).isTrue();
        return URLDecoder.decode(state.group(1), StandardCharsets.UTF_8);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
