package dev.burrow.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.burrow.application.github.GithubAppGateway;
import dev.burrow.domain.apikey.ApiScope;
import dev.burrow.domain.apikey.ApiScopes;
import dev.burrow.domain.failure.InvalidInputException;
import dev.burrow.domain.failure.UnavailableException;
import dev.burrow.domain.failure.UpstreamException;
import dev.burrow.domain.github.GithubInstallation;
import dev.burrow.domain.github.GithubRepository;
import dev.burrow.domain.github.InstallationId;
import dev.burrow.domain.organization.MembershipLevel;
import dev.burrow.domain.organization.Organization;
import dev.burrow.domain.organization.Project;
import dev.burrow.domain.user.CurrentContext;
import dev.burrow.domain.user.User;
import dev.burrow.http.json.PostHogTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static dev.burrow.http.ApiServer.error;
import static dev.burrow.http.ApiServer.json;
import static org.assertj.core.api.Assertions.assertThat;

/** The integrations list, unlinking, repositories and the GitHub login, over a fake GitHub. */
class GithubIntegrationsTest extends ApiTestCase {

    private static final String MINE = "/api/users/@me/integrations/";
    private static final String NOT_FOUND = "No GitHub integration found for this installation.";

    private Project web;
    private String reader;
    private String writer;

    @BeforeEach
    void setUp() {
        Organization acme = api.data().organization("Acme");
        web = api.data().project(acme, "Web");
        api.data().member(acme, ada, MembershipLevel.MEMBER);
        ada = api.persistence().users().update(ada.withCurrentContext(new CurrentContext(acme.id(), web.id())));
        reader = key(ApiScope.USER_READ);
        writer = key(ApiScope.USER_WRITE);
    }

    @Test
    void the_list_shows_the_users_links_oldest_first_and_which_their_project_shares() {
        assertThat(api.get(MINE, reader).json()).isEqualTo(json("{\"results\": []}"));
        api.data().teamInstallation(web, 100, null, null);
        GithubInstallation shared = api.data().githubLink(ada, 100, "ada-gh");
        GithubInstallation own = api.data().githubLink(ada, 200, "ada-gh");
        api.data().githubLink(api.data().user("bob@example.com"), 300, "bob-gh");

        ApiServer.Response listed = api.get(MINE, reader);

        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.json()).isEqualTo(json("""
                {"results": [
                  {"kind": "github", "installation_id": "100", "repository_selection": "selected",
                   "account": {"type": "Organization", "name": "acme-100"}, "uses_shared_installation": true,
                   "created_at": "%s"},
                  {"kind": "github", "installation_id": "200", "repository_selection": "selected",
                   "account": {"type": "Organization", "name": "acme-200"}, "uses_shared_installation": false,
                   "created_at": "%s"}]}""".formatted(PostHogTime.format(shared.createdAt()),
                PostHogTime.format(own.createdAt()))));
        assertThat(UserRetrieveTest.fieldNames(listed.json().get("results").get(0))).containsExactly("kind",
                "installation_id", "repository_selection", "account", "uses_shared_installation", "created_at");
    }

    @Test
    void the_users_routes_lookup_and_scopes_apply() {
        User bob = api.data().user("bob@example.com");
        User root = api.data().staff("root@example.com");
        String rootKey = api.data().apiKey(root, ApiScopes.ALL).value();
        api.data().githubLink(bob, 300, "bob-gh");
        String bobs = "/api/users/" + bob.uuid() + "/integrations/";

        ApiServer.Response foreign = api.get(bobs, reader);
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.json()).isEqualTo(error("authentication_error", "permission_denied",
                "As a non-staff user you're only allowed to access the `@me` user instance.", null));
        assertThat(api.get(bobs, rootKey).json().get("results")).hasSize(1);
        ApiServer.Response missing = api.get("/api/users/00000000-0000-0000-0000-000000000000/integrations/",
                rootKey);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json()).isEqualTo(error("invalid_request", "not_found", "Not found.", null));
        ApiServer.Response anonymous = api.request("GET", MINE).send();
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.json()).isEqualTo(error("authentication_error", "not_authenticated",
                "Authentication credentials were not provided.", null));
        ApiServer.Response keyManager = api.get(MINE, key(ApiScope.PERSONAL_API_KEY_READ));
        assertThat(keyManager.status()).isEqualTo(403);
        assertThat(keyManager.json()).isEqualTo(error("authentication_error", "permission_denied",
                "API key missing required scope 'user:read'", null));
        ApiServer.Response readOnlyDelete = api.request("DELETE", MINE + "github/300/").bearer(reader).send();
        assertThat(readOnlyDelete.status()).isEqualTo(403);
        assertThat(readOnlyDelete.json().get("detail").asText())
                .isEqualTo("API key missing required scope 'user:write'");
        assertThat(api.request("PUT", MINE).bearer(writer).send().status()).isEqualTo(405);
    }

    @Test
    void unlinking_removes_only_that_link_and_uninstalls_what_nothing_else_uses() {
        api.data().githubLink(ada, 100, "ada-gh");
        api.data().githubLink(ada, 200, "ada-gh");
        api.data().githubLink(ada, 300, "ada-gh");
        api.data().githubLink(api.data().user("bob@example.com"), 200, "bob-gh");
        api.data().teamInstallation(web, 300, null, null);

        for (String id : List.of("100", "200", "300")) {
            ApiServer.Response removed = api.request("DELETE", MINE + "github/" + id + "/").bearer(writer).send();
            assertThat(removed.status()).as(id).isEqualTo(204);
            assertThat(removed.body()).isEmpty();
        }

        assertThat(api.get(MINE, reader).json().get("results")).isEmpty();
        assertThat(api.github().uninstalled()).containsExactly(new InstallationId(100));
        ApiServer.Response again = api.request("DELETE", MINE + "github/100/").bearer(writer).send();
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.json()).isEqualTo(error("invalid_request", "not_found", NOT_FOUND, null));
        ApiServer.Response huge = api.request("DELETE", MINE + "github/99999999999999999999/").bearer(writer).send();
        assertThat(huge.json()).isEqualTo(again.json());
        for (ApiServer.Request notDigits : List.of(api.request("DELETE", MINE + "github/abc/").bearer(writer),
                api.request("DELETE", MINE + "github/abc/"), api.request("GET", MINE + "github/1x/repos/"))) {
            ApiServer.Response unknown = notDigits.send();
            assertThat(unknown.status()).isEqualTo(404);
            assertThat(unknown.json()).isEqualTo(error("invalid_request", "not_found", "Endpoint not found.", null));
        }
        ApiServer.Response startRoute = api.request("DELETE", MINE + "github/start/").bearer(writer).send();
        assertThat(startRoute.status()).isEqualTo(405);
        assertThat(startRoute.json()).isEqualTo(error("invalid_request", "method_not_allowed",
                "Method \"DELETE\" not allowed.", null));
        ApiServer.Response anonymous = api.request("DELETE", MINE + "github/100/").send();
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.json()).isEqualTo(error("authentication_error", "not_authenticated",
                "Authentication credentials were not provided.", null));
    }

    @Test
    void a_failing_uninstall_does_not_stop_the_unlinking() {
        api.data().githubLink(ada, 100, "ada-gh");
        api.github().failWith(new UpstreamException("github_unavailable", "GitHub did not answer in time."));

        ApiServer.Response removed = api.request("DELETE", MINE + "github/100/").bearer(writer).send();

        assertThat(removed.status()).isEqualTo(204);
        assertThat(api.persistence().githubInstallations().ofUser(ada.id())).isEmpty();
    }

    @Test
    void repositories_are_searched_and_paged() {
        api.data().githubLink(ada, 100, "ada-gh");
        api.github().withRepositories(new InstallationId(100), List.of(
                repository(1, "acme/Web-App"), repository(2, "acme/api"), repository(3, "acme/webhooks"),
                new GithubRepository(4, "docs", "acme/docs", true, "main", "Markdown", "2026-11-27T09:00:00Z",
                        false, true)));
        String repos = MINE + "github/100/repos/";

        ApiServer.Response all = api.get(repos, reader);
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.json()).isEqualTo(json("""
                {"repositories": [
                  {"id": 1, "name": "Web-App", "full_name": "acme/Web-App"},
                  {"id": 2, "name": "api", "full_name": "acme/api"},
                  {"id": 3, "name": "webhooks", "full_name": "acme/webhooks"},
                  {"id": 4, "name": "docs", "full_name": "acme/docs", "private": true, "default_branch": "main",
                   "language": "Markdown", "pushed_at": "2026-11-27T09:00:00Z", "archived": false,
                   "can_push": true}],
                 "has_more": false}"""));
        assertThat(names(api.get(repos + "?search=%20WEB%20", reader))).containsExactly("Web-App", "webhooks");
        JsonNode first = api.get(repos + "?limit=2", reader).json();
        assertThat(names(first)).containsExactly("Web-App", "api");
        assertThat(first.get("has_more").asBoolean()).isTrue();
        JsonNode last = api.get(repos + "?limit=2&offset=2", reader).json();
        assertThat(names(last)).containsExactly("webhooks", "docs");
        assertThat(last.get("has_more").asBoolean()).isFalse();
        assertThat(names(api.get(repos + "?offset=10", reader))).isEmpty();
        assertThat(names(api.get(repos + "?limit=10.0&offset=+1", reader))).containsExactly("api", "webhooks",
                "docs");
        assertThat(names(api.get(repos + "?limit=&offset=&search=", reader))).hasSize(4);
    }

    @Test
    void the_query_is_checked_before_the_installation_is_looked_up() {
        String unknown = MINE + "github/999/repos/";
        assertInvalid(api.get(unknown + "?limit=0", reader), "min_value",
                "Ensure this value is greater than or equal to 1.", "limit");
        assertInvalid(api.get(unknown + "?limit=501", reader), "max_value",
                "Ensure this value is less than or equal to 500.", "limit");
        assertInvalid(api.get(unknown + "?limit=ten", reader), "invalid_input", "A valid integer is required.",
                "limit");
        assertInvalid(api.get(unknown + "?offset=-1", reader), "min_value",
                "Ensure this value is greater than or equal to 0.", "offset");
        assertInvalid(api.get(unknown + "?offset=1.5", reader), "invalid_input", "A valid integer is required.",
                "offset");

        ApiServer.Response missing = api.get(unknown, reader);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json()).isEqualTo(error("invalid_request", "not_found", NOT_FOUND, null));
    }

    @Test
    void the_list_is_kept_for_an_hour_and_a_stale_one_beats_a_failing_github() {
        api.data().githubLink(ada, 100, "ada-gh");
        api.github().withRepositories(new InstallationId(100), List.of(repository(1, "acme/web")));
        String repos = MINE + "github/100/repos/";

        api.get(repos, reader);
        api.github().withRepositories(new InstallationId(100), List.of(repository(2, "acme/api")));
        api.advance(Duration.ofMinutes(59));
        assertThat(names(api.get(repos, reader))).containsExactly("web");
        assertThat(api.github().repositoryReads()).isEqualTo(1);

        api.advance(Duration.ofMinutes(2));
        assertThat(names(api.get(repos, reader))).containsExactly("api");
        assertThat(api.github().repositoryReads()).isEqualTo(2);

        api.advance(Duration.ofHours(2));
        api.github().failWith(new UpstreamException("github_unavailable", "GitHub did not answer in time."));
        ApiServer.Response stale = api.get(repos, reader);
        assertThat(stale.status()).isEqualTo(200);
        assertThat(names(stale)).containsExactly("api");
        int failedReads = api.github().repositoryReads();

        // GitHub is left alone for two minutes after a failure; then asked again.
        api.advance(Duration.ofMinutes(1));
        assertThat(names(api.get(repos, reader))).containsExactly("api");
        api.github().recover();
        assertThat(names(api.get(repos, reader))).containsExactly("api");
        assertThat(api.github().repositoryReads()).isEqualTo(failedReads);
        api.advance(Duration.ofMinutes(2));
        assertThat(names(api.get(repos, reader))).containsExactly("api");
        assertThat(api.github().repositoryReads()).isEqualTo(failedReads + 1);
    }

    @Test
    void an_instance_without_the_app_says_so_when_repositories_are_asked_for() {
        api.data().githubLink(ada, 100, "ada-gh");
        api.github().failWith(InvalidInputException.invalid(GithubAppGateway.MISSING_APP, null));

        ApiServer.Response refused = api.get(MINE + "github/100/repos/", reader);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json()).isEqualTo(error("validation_error", "invalid_input",
                "GitHub App is not configured on this instance (missing GITHUB_APP_ID or GITHUB_APP_PRIVATE_KEY).",
                null));
    }

    @Test
    void without_any_list_a_failing_github_is_the_answer() {
        api.data().githubLink(ada, 100, "ada-gh");
        String repos = MINE + "github/100/repos/";

        api.github().failWith(new UpstreamException("github_unavailable", "GitHub did not answer in time."));
        ApiServer.Response down = api.get(repos, reader);
        api.github().failWith(new UnavailableException("github_rate_limited",
                "GitHub's rate limit for this App is spent; try again in 42 seconds.", 42));
        ApiServer.Response limited = api.get(repos, reader);

        assertThat(down.status()).isEqualTo(502);
        assertThat(down.json()).isEqualTo(error("server_error", "github_unavailable",
                "GitHub did not answer in time.", null));
        assertThat(limited.status()).isEqualTo(503);
        assertThat(limited.header("Retry-After")).isEqualTo("42");
        assertThat(limited.json()).isEqualTo(error("server_error", "github_rate_limited",
                "GitHub's rate limit for this App is spent; try again in 42 seconds.", null));
    }

    @Test
    void the_github_login_prefers_the_personal_link_then_a_connected_project() {
        String login = "/api/users/@me/github_login/";
        assertThat(api.get(login, reader).json()).isEqualTo(json("{\"github_login\": null}"));

        api.data().teamInstallation(web, 100, ada, "ada-from-team");
        assertThat(api.get(login, reader).json()).isEqualTo(json("{\"github_login\": \"ada-from-team\"}"));

        api.data().githubLink(ada, 200, "ada-personal");
        assertThat(api.get(login, reader).json()).isEqualTo(json("{\"github_login\": \"ada-personal\"}"));
        assertThat(api.get(login, key(ApiScope.PERSONAL_API_KEY_READ)).status()).isEqualTo(403);
    }

    private static GithubRepository repository(long id, String fullName) {
        return new GithubRepository(id, fullName.substring(fullName.indexOf('/') + 1), fullName, null, null, null,
                null, null, null);
    }

    private static List<String> names(ApiServer.Response response) {
        return names(response.json());
    }

    private static List<String> names(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.get("repositories").forEach(repository -> names.add(repository.get("name").asText()));
        return names;
    }

    private static void assertInvalid(ApiServer.Response response, String code, String detail, String attr) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json()).isEqualTo(error("validation_error", code, detail, attr));
    }
}
