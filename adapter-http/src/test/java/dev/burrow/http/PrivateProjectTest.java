package dev.burrow.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.burrow.domain.apikey.ApiScopes;
import dev.burrow.domain.dashboard.Dashboard;
import dev.burrow.domain.organization.MembershipLevel;
import dev.burrow.domain.organization.Organization;
import dev.burrow.domain.organization.Project;
import dev.burrow.domain.user.CurrentContext;
import dev.burrow.domain.user.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.burrow.http.UserUpdateTest.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A private project ({@code access_control}) reaches a plain member by no path: not in the organization of their
 * user object, not as their current project, not for their scene personalisation, not by a switch of organization,
 * not as a key's scope. The organization's admins see it everywhere.
 */
class PrivateProjectTest extends ApiTestCase {

    private Organization acme;
    private Project secret;
    private Project web;
    private User root;
    private String adaKey;
    private String rootKey;

    /** The private project comes first, so a choice of "the first project" lands on it unless the rule holds. */
    @BeforeEach
    void setUp() {
        acme = api.data().organization("Acme");
        secret = api.data().privateProject(acme, "Secret");
        web = api.data().project(acme, "Web");
        api.data().member(acme, ada, MembershipLevel.MEMBER);
        root = api.data().user("root@example.com", PASSWORD, ApiServer.HASHER);
        api.data().member(acme, root, MembershipLevel.ADMIN);
        adaKey = key();
        rootKey = api.data().apiKey(root, ApiScopes.ALL).value();
    }

    @Test
    void the_organization_in_a_members_user_object_leaves_the_private_project_out() {
        ApiServer.Response member = api.get("/api/users/@me/", adaKey);

        assertThat(member.status()).isEqualTo(200);
        assertThat(ids(member.json().get("organization").get("teams"))).containsExactly(web.id().value());
        assertThat(ids(member.json().get("organization").get("projects"))).containsExactly(web.id().value());
        assertThat(member.body()).doesNotContain(secret.apiToken()).doesNotContain("\"Secret\"");

        JsonNode admin = api.get("/api/users/@me/", rootKey).json();
        assertThat(ids(admin.get("organization").get("teams")))
                .containsExactly(secret.id().value(), web.id().value());
    }

    @Test
    void a_members_default_project_is_the_first_they_reach() {
        JsonNode member = api.get("/api/users/@me/", adaKey).json();
        assertThat(member.get("team").get("id").asLong()).isEqualTo(web.id().value());
        assertThat(api.persistence().users().byId(ada.id()).orElseThrow().current().projectId()).isEqualTo(web.id());

        JsonNode admin = api.get("/api/users/@me/", rootKey).json();
        assertThat(admin.get("team").get("id").asLong()).isEqualTo(secret.id().value());
    }

    @Test
    void a_private_project_saved_as_current_is_no_longer_shown_to_a_member() {
        storeCurrent(ada, secret);

        JsonNode member = api.get("/api/users/@me/", adaKey).json();

        assertThat(member.get("team").get("id").asLong()).isEqualTo(web.id().value());
        assertThat(api.persistence().users().byId(ada.id()).orElseThrow().current().projectId()).isEqualTo(web.id());
    }

    @Test
    void a_member_of_an_organization_with_only_private_projects_has_no_project() {
        Organization vault = api.data().organization("Vault");
        api.data().privateProject(vault, "Hidden");
        User cyd = api.data().user("cyd@example.com");
        api.data().member(vault, cyd, MembershipLevel.MEMBER);

        JsonNode user = api.get("/api/users/@me/", api.data().apiKey(cyd, ApiScopes.ALL)
                .value()).json();

        assertThat(user.get("team").isNull()).isTrue();
        assertThat(user.get("organization").get("teams")).isEmpty();
        assertThat(user.get("organization").get("projects")).isEmpty();
    }

    @Test
    void a_members_scene_personalisation_refuses_a_dashboard_of_the_private_project() {
        Dashboard hidden = api.data().dashboard(secret, "Hidden");
        storeCurrent(ada, secret);

        assertInvalid(personalise(logIn(), hidden), "invalid_input", "Dashboard must belong to the user's current team.",
                "dashboard");
        assertThat(api.persistence().scenes().ofUsers(List.of(ada.id())).getOrDefault(ada.id(), List.of()))
                .isEmpty();

        assertThat(personalise(api.logIn("root@example.com", PASSWORD), hidden).status()).isEqualTo(200);
    }

    @Test
    void switching_a_member_to_the_organization_lands_on_a_project_they_reach() {
        storeCurrent(ada, null);

        ApiServer.Response switched = api.request("PATCH", "/api/users/@me/").bearer(adaKey)
                .json("{\"set_current_organization\": \"" + acme.id() + "\"}").send();

        assertThat(switched.status()).as(switched.body()).isEqualTo(200);
        assertThat(switched.json().get("team").get("id").asLong()).isEqualTo(web.id().value());
        assertThat(api.persistence().users().byId(ada.id()).orElseThrow().current().projectId()).isEqualTo(web.id());
        assertInvalid(api.request("PATCH", "/api/users/@me/").bearer(adaKey)
                        .json("{\"set_current_team\": " + secret.id() + "}").send(), "does_not_exist",
                "Object with id=" + secret.id() + " does not exist.", "set_current_team");
    }

    @Test
    void a_members_key_cannot_be_scoped_to_the_private_project() {
        ApiServer.Browser browser = logIn();

        assertInvalid(api.request("POST", "/api/personal_api_keys/").session(browser)
                        .json("{\"label\": \"ci\", \"scopes\": [\"*\"], \"scoped_teams\": [" + secret.id() + "]}")
                        .send(), "invalid_input", "You must be a member of all teams that you are scoping the key to.",
                "scoped_teams");
    }

    @Test
    void a_private_project_saved_as_current_does_not_choose_a_members_github_link() {
        api.data().teamInstallation(secret, 777, null, null);
        storeCurrent(ada, secret);

        ApiServer.Response started = api.request("POST", "/api/users/@me/integrations/github/start/")
                .session(logIn()).json("{}").send();

        assertThat(started.status()).as(started.body()).isEqualTo(200);
        assertThat(started.json().get("connect_flow").asText()).isEqualTo("app_install");
    }

    /** Puts {@code project} (or none) as the user's saved current project, as an earlier switch would have. */
    private void storeCurrent(User user, Project project) {
        User stored = api.persistence().users().byId(user.id()).orElseThrow();
        api.persistence().users().update(stored.withCurrentContext(
                new CurrentContext(acme.id(), project == null ? null : project.id())));
    }

    private ApiServer.Response personalise(ApiServer.Browser browser, Dashboard dashboard) {
        return api.request("POST", "/api/users/@me/scene_personalisation/").session(browser)
                .json("{\"scene\": \"Person\", \"dashboard\": " + dashboard.id() + "}").send();
    }

    private static List<Long> ids(JsonNode items) {
        List<Long> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }
}
