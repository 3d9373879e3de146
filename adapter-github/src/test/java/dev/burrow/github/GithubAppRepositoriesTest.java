package dev.burrow.github;

import dev.burrow.domain.failure.InvalidInputException;
import dev.burrow.domain.failure.UpstreamException;
import dev.burrow.domain.github.GithubRepository;
import dev.burrow.domain.github.InstallationId;
import dev.burrow.github.testing.AppKeyPair;
import dev.burrow.github.testing.GithubStub;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GithubAppRepositoriesTest extends StubbedGithub {

    private static final InstallationId INSTALLATION = new InstallationId(42);
    private static final String REPOSITORIES = "/installation/repositories";

    @Test
    void every_page_is_read_until_one_is_not_full() {
        github.repositories(42, 250);

        List<GithubRepository> repositories = app.repositories(INSTALLATION);

        assertThat(repositories).hasSize(250);
        assertThat(repositories.get(0).fullName()).isEqualTo("octo-42/repo-1");
        assertThat(repositories.get(249).fullName()).isEqualTo("octo-42/repo-250");
        assertThat(github.requests(REPOSITORIES)).extracting(GithubStub.Request::query)
                .containsExactly("per_page=100&page=1", "per_page=100&page=2", "per_page=100&page=3");
        assertThat(github.tokensIssued()).isEqualTo(1);
    }

    @Test
    void a_full_last_page_is_followed_by_one_more_request_that_finds_it_empty() {
        github.repositories(42, 200);

        assertThat(app.repositories(INSTALLATION)).hasSize(200);
        assertThat(github.requests(REPOSITORIES)).hasSize(3);
    }

    @Test
    void a_list_that_never_ends_is_read_no_further_than_a_hundred_pages() {
        github.repositories(42, 10_050);

        assertThat(app.repositories(INSTALLATION)).hasSize(10_000);
        assertThat(github.requests(REPOSITORIES)).hasSize(100);
    }

    @Test
    void an_installation_without_repositories_lists_none() {
        github.installation(42);

        assertThat(app.repositories(INSTALLATION)).isEmpty();
    }

    @Test
    void every_field_github_sends_is_read() {
        github.repository(42, GithubStub.repositoryJson(7, "octo/burrow"));

        assertThat(app.repositories(INSTALLATION)).containsExactly(new GithubRepository(7, "burrow", "octo/burrow",
                false, "main", "Java", "2026-11-01T10:00:00Z", false, true));
    }

    @Test
    void optional_fields_that_are_absent_or_of_the_wrong_type_are_unknown() {
        github.repository(42, """
                {"id": 1, "name": "bare", "full_name": "octo/bare"}""");
        github.repository(42, """
                {"id": 2, "name": "odd", "full_name": "octo/odd", "private": "yes", "default_branch": 3,
                 "language": null, "pushed_at": false, "archived": "no", "permissions": "admin"}""");
        github.repository(42, """
                {"id": 3, "name": "nopush", "full_name": "octo/nopush", "private": true, "archived": true,
                 "permissions": {"push": false}}""");

        assertThat(app.repositories(INSTALLATION)).containsExactly(
                new GithubRepository(1, "bare", "octo/bare", null, null, null, null, null, null),
                new GithubRepository(2, "odd", "octo/odd", null, null, null, null, null, null),
                new GithubRepository(3, "nopush", "octo/nopush", true, null, null, null, true, false));
    }

    @Test
    void entries_without_an_integral_id_or_a_textual_name_and_full_name_are_dropped() {
        github.repository(42, """
                {"name": "no-id", "full_name": "octo/no-id"}""");
        github.repository(42, """
                {"id": "5", "name": "text-id", "full_name": "octo/text-id"}""");
        github.repository(42, """
                {"id": 5.5, "name": "float-id", "full_name": "octo/float-id"}""");
        github.repository(42, """
                {"id": 6, "name": 6, "full_name": "octo/numeric-name"}""");
        github.repository(42, """
                {"id": 7, "name": "no-full-name"}""");
        github.repository(42, "\"not an object\"");
        github.repository(42, GithubStub.repositoryJson(8, "octo/kept"));

        assertThat(app.repositories(INSTALLATION)).extracting(GithubRepository::fullName)
                .containsExactly("octo/kept");
    }

    @Test
    void dropped_entries_still_count_towards_a_full_page() {
        github.repositories(42, 99);
        github.repository(42, """
                {"id": null, "name": "dropped", "full_name": "octo/dropped"}""");
        github.repositories(42, 1);

        assertThat(app.repositories(INSTALLATION)).hasSize(100);
        assertThat(github.requests(REPOSITORIES)).hasSize(2);
    }

    @Test
    void an_installation_token_is_reused_until_half_its_life_has_passed() {
        github.tokenLifetime(Duration.ofMinutes(60));
        github.repositories(42, 3);

        app.repositories(INSTALLATION);
        clock.advance(Duration.ofMinutes(29));
        app.repositories(INSTALLATION);
        assertThat(github.tokensIssued()).isEqualTo(1);

        clock.advance(Duration.ofMinutes(2));
        app.repositories(INSTALLATION);
        assertThat(github.tokensIssued()).isEqualTo(2);

        app.repositories(INSTALLATION);
        assertThat(github.tokensIssued()).isEqualTo(2);
    }

    @Test
    void tokens_are_kept_per_installation() {
        github.repositories(42, 1).repositories(43, 2);

        assertThat(app.repositories(INSTALLATION)).hasSize(1);
        assertThat(app.repositories(new InstallationId(43))).hasSize(2);
        assertThat(app.repositories(INSTALLATION)).hasSize(1);

        assertThat(github.tokensIssued()).isEqualTo(2);
    }

    @Test
    void a_token_github_revoked_early_is_replaced_and_the_call_retried_once() {
        github.repositories(42, 3);
        app.repositories(INSTALLATION);
        github.revokeTokens();

        assertThat(app.repositories(INSTALLATION)).hasSize(3);

        assertThat(github.tokensIssued()).isEqualTo(2);
        assertThat(github.requests(REPOSITORIES)).hasSize(3);
    }

    @Test
    void a_second_refusal_is_not_retried_again() {
        github.repositories(42, 3);
        github.failOnce(REPOSITORIES, 401).failOnce(REPOSITORIES, 401);

        assertThatThrownBy(() -> app.repositories(INSTALLATION))
                .isInstanceOfSatisfying(UpstreamException.class, e -> {
                    assertThat(e.code()).isEqualTo("github_unauthorized");
                    assertThat(e.detail()).isEqualTo("GitHub refused burrow's credentials (HTTP 401).");
                });
        assertThat(github.requests(REPOSITORIES)).hasSize(2);
        assertThat(github.tokensIssued()).isEqualTo(2);
    }

    @Test
    void an_installation_github_does_not_know_is_reported_as_gone() {
        assertThatThrownBy(() -> app.repositories(new InstallationId(999)))
                .isInstanceOfSatisfying(UpstreamException.class, e -> {
                    assertThat(e.code()).isEqualTo("github_installation_not_found");
                    assertThat(e.detail()).isEqualTo("GitHub no longer knows installation 999.");
                });
    }

    @Test
    void a_404_on_the_list_itself_is_reported_as_gone_too() {
        github.repositories(42, 3).failOnce(REPOSITORIES, 404);

        assertThatThrownBy(() -> app.repositories(INSTALLATION))
                .isInstanceOfSatisfying(UpstreamException.class, e -> assertThat(e.detail())
                        .isEqualTo("GitHub no longer knows installation 42."));
    }

    @Test
    void the_app_jwt_is_signed_with_the_apps_key_and_checked_by_github() {
        github.repositories(42, 1);

        app.repositories(INSTALLATION);

        assertThat(github.jwtsAccepted()).isEqualTo(1);
        assertThat(github.requests("/app/installations/42/access_tokens").get(0).header("Authorization"))
                .startsWith("Bearer ey");
    }

    @Test
    void a_jwt_signed_with_another_key_is_refused_by_github() {
        github.repositories(42, 1);
        String otherKey = AppKeyPair.generate().pkcs1Pem();
        GithubApp impostor = new GithubApp(new GithubAppSettings(GithubStub.APP_ID, otherKey, null, null, null,
                github.apiUrl(), github.webUrl(), SITE, null), clock);

        assertThatThrownBy(() -> impostor.repositories(INSTALLATION))
                .isInstanceOfSatisfying(UpstreamException.class, e -> assertThat(e.code())
                        .isEqualTo("github_unauthorized"));
        assertThat(github.jwtsAccepted()).isZero();
    }

    @Test
    void a_jwt_for_another_app_is_refused_by_github() {
        github.repositories(42, 1);
        GithubApp other = new GithubApp(new GithubAppSettings("999", github.privateKeyPem(), null, null, null,
                github.apiUrl(), github.webUrl(), SITE, null), clock);

        assertThatThrownBy(() -> other.repositories(INSTALLATION)).isInstanceOf(UpstreamException.class);
        assertThat(github.jwtsAccepted()).isZero();
    }

    @Test
    void a_pkcs8_key_serves_as_well_as_githubs_pkcs1() {
        github.repositories(42, 2);
        GithubApp pkcs8 = new GithubApp(new GithubAppSettings(GithubStub.APP_ID, github.key().pkcs8Pem(), null,
                null, null, github.apiUrl(), github.webUrl(), SITE, null), clock);

        assertThat(pkcs8.repositories(INSTALLATION)).hasSize(2);
        assertThat(github.jwtsAccepted()).isEqualTo(1);
    }

    @Test
    void a_key_given_on_one_line_with_escaped_line_breaks_serves_too() {
        github.repositories(42, 2);
        String oneLine = github.privateKeyPem().replace("\n", "\\n");
        GithubApp fromOneLine = new GithubApp(new GithubAppSettings(GithubStub.APP_ID, oneLine, null, null, null,
                github.apiUrl(), github.webUrl(), SITE, null), clock);

        assertThat(fromOneLine.repositories(INSTALLATION)).hasSize(2);
    }

    @Test
    void without_the_app_id_or_key_repositories_cannot_be_listed() {
        GithubApp withoutId = new GithubApp(new GithubAppSettings(null, github.privateKeyPem(), null, null, null,
                github.apiUrl(), github.webUrl(), SITE, null), clock);
        GithubApp withoutKey = new GithubApp(new GithubAppSettings(GithubStub.APP_ID, null, null, null, null,
                github.apiUrl(), github.webUrl(), SITE, null), clock);

        for (GithubApp unconfigured : List.of(withoutId, withoutKey)) {
            assertThatThrownBy(() -> unconfigured.repositories(INSTALLATION))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.code()).isEqualTo("invalid_input");
                        assertThat(e.detail()).isEqualTo(GithubApp.MISSING_APP);
                        assertThat(e.attr()).isNull();
                    });
        }
        assertThat(github.requests()).isEmpty();
    }

    @Test
    void every_request_carries_the_headers_github_asks_for() {
        github.repositories(42, 150);

        app.repositories(INSTALLATION);

        assertThat(github.requests()).hasSize(3).allSatisfy(request -> {
            assertThat(request.header("Accept")).isEqualTo("application/vnd.github+json");
            assertThat(request.header("X-GitHub-Api-Version")).isEqualTo("2022-11-28");
            assertThat(request.header("User-Agent")).isEqualTo("burrow");
        });
    }
}
