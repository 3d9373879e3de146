package dev.burrow.github;

import dev.burrow.application.github.GithubAppGateway.GithubUser;
import dev.burrow.application.github.GithubAppGateway.Reachable;
import dev.burrow.domain.failure.InvalidInputException;
import dev.burrow.domain.failure.UpstreamException;
import dev.burrow.domain.github.GithubAccount;
import dev.burrow.domain.github.InstallationId;
import dev.burrow.github.testing.GithubStub;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.burrow.github.testing.GithubStub.installationJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GithubAppAuthorizeTest extends StubbedGithub {

    private static final String ACCESS_TOKEN = "/login/oauth/access_token";

    @Test
    void a_code_is_exchanged_for_the_user_and_the_installations_they_can_reach() {
        github.oauthCode("c0de", "ada", List.of(installationJson(42, "posthog", "Organization", "all"),
                installationJson(43, "ada", "User", "selected")));

        GithubUser user = app.authorize("c0de");

        assertThat(user).isEqualTo(new GithubUser("ada", List.of(
                new Reachable(new InstallationId(42), new GithubAccount("Organization", "posthog"), "all"),
                new Reachable(new InstallationId(43), new GithubAccount("User", "ada"), "selected"))));
    }

    @Test
    void the_code_is_sent_form_encoded_with_the_apps_client_credentials_asking_for_json() {
        github.oauthCode("c0de/+=", "ada", List.of());

        app.authorize("c0de/+=");

        GithubStub.Request exchange = github.requests(ACCESS_TOKEN).get(0);
        assertThat(exchange.method()).isEqualTo("POST");
        assertThat(exchange.header("Accept")).isEqualTo("application/json");
        assertThat(exchange.header("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
        assertThat(exchange.body()).isEqualTo("client_id=Iv1.burrowstub&client_secret=stub-client-secret"
                + "&code=c0de%2F%2B%3D");
    }

    @Test
    void the_users_token_reads_who_they_are_and_is_kept_nowhere() {
        github.oauthCode("c0de", "ada", List.of());

        app.authorize("c0de");

        String bearer = github.requests("/user").get(0).header("Authorization");
        assertThat(bearer).startsWith("Bearer ghu_");
        assertThat(github.requests("/user/installations").get(0).header("Authorization")).isEqualTo(bearer);
        assertThat(github.requests()).extracting(GithubStub.Request::path)
                .containsExactly(ACCESS_TOKEN, "/user", "/user/installations");
    }

    @Test
    void every_page_of_installations_is_read() {
        List<String> installations = new ArrayList<>();
        for (long id = 1; id <= 150; id++) {
            installations.add(installationJson(id, "org-" + id, "Organization", "selected"));
        }
        github.oauthCode("c0de", "ada", installations);

        assertThat(app.authorize("c0de").installations()).hasSize(150)
                .extracting(reachable -> reachable.id().value()).startsWith(1L, 2L).endsWith(150L);
        assertThat(github.requests("/user/installations")).extracting(GithubStub.Request::query)
                .containsExactly("per_page=100&page=1", "per_page=100&page=2");
    }

    @Test
    void installations_without_a_positive_integral_id_are_dropped_and_missing_parts_are_unknown() {
        github.oauthCode("c0de", "ada", List.of("{\"account\": {\"login\": \"x\"}}", "{\"id\": 0}",
                "{\"id\": \"7\"}", "{\"id\": 8}", "{\"id\": 9, \"account\": \"ada\", \"repository_selection\": 1}",
                "{\"id\": 10, \"account\": {\"login\": \"ada\"}}"));

        assertThat(app.authorize("c0de").installations()).containsExactly(
                new Reachable(new InstallationId(8), null, null),
                new Reachable(new InstallationId(9), null, null),
                new Reachable(new InstallationId(10), new GithubAccount(null, "ada"), null));
    }

    @Test
    void a_code_github_refuses_is_invalid_input_with_githubs_error() {
        assertThatThrownBy(() -> app.authorize("wrong"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.code()).isEqualTo("bad_verification_code");
                    assertThat(e.detail()).isEqualTo("The code passed is incorrect or expired.");
                    assertThat(e.attr()).isNull();
                });
        assertThat(github.requests()).hasSize(1);
    }

    @Test
    void a_code_serves_once() {
        github.oauthCode("c0de", "ada", List.of());
        app.authorize("c0de");

        assertThatThrownBy(() -> app.authorize("c0de"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.code())
                        .isEqualTo("bad_verification_code"));
    }

    @Test
    void an_error_without_a_description_gets_a_plain_one() {
        github.answerOnce(ACCESS_TOKEN, 200, Map.of(), "{\"error\": \"unverified_user_email\"}");

        assertThatThrownBy(() -> app.authorize("c0de"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.code()).isEqualTo("unverified_user_email");
                    assertThat(e.detail()).isEqualTo("GitHub refused the code.");
                });
    }

    @Test
    void an_exchange_answer_without_a_token_cannot_be_read() {
        github.answerOnce(ACCESS_TOKEN, 200, Map.of(), "{\"token_type\": \"bearer\"}");

        assertThatThrownBy(() -> app.authorize("c0de"))
                .isInstanceOfSatisfying(UpstreamException.class, e -> assertThat(e.code())
                        .isEqualTo("github_bad_response"));
    }

    @Test
    void github_failing_while_reading_the_user_is_an_upstream_failure() {
        github.oauthCode("c0de", "ada", List.of()).failOnce("/user", 500);

        assertThatThrownBy(() -> app.authorize("c0de"))
                .isInstanceOfSatisfying(UpstreamException.class, e -> assertThat(e.detail())
                        .isEqualTo("GitHub answered with an error (HTTP 500)."));
    }

    @Test
    void without_the_client_id_or_secret_no_code_can_be_exchanged() {
        GithubApp withoutId = new GithubApp(new GithubAppSettings(null, null, null, "secret", null,
                github.apiUrl(), github.webUrl(), SITE, null), clock);
        GithubApp withoutSecret = new GithubApp(new GithubAppSettings(null, null, "Iv1.x", " ", null,
                github.apiUrl(), github.webUrl(), SITE, null), clock);

        assertThatThrownBy(() -> withoutId.authorize("c0de"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.code()).isEqualTo("invalid_input");
                    assertThat(e.detail()).isEqualTo(GithubApp.MISSING_CLIENT_ID);
                });
        assertThatThrownBy(() -> withoutSecret.authorize("c0de"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.detail())
                        .isEqualTo(GithubApp.MISSING_CLIENT_SECRET));
        assertThat(github.requests()).isEmpty();
    }
}
