package dev.burrow.github;

import dev.burrow.domain.failure.InvalidInputException;
import dev.burrow.domain.failure.UpstreamException;
import dev.burrow.domain.github.InstallationId;
import dev.burrow.github.testing.GithubStub;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

class GithubAppUninstallTest extends StubbedGithub {

    private static final InstallationId INSTALLATION = new InstallationId(42);

    @Test
    void an_installation_is_removed_with_the_apps_jwt() {
        github.installation(42);

        app.uninstall(INSTALLATION);

        assertThat(github.uninstalled()).containsExactly(42L);
        GithubStub.Request delete = github.requests("/app/installations/42").get(0);
        assertThat(delete.method()).isEqualTo("DELETE");
        assertThat(github.jwtsAccepted()).isEqualTo(1);
    }

    @Test
    void once_removed_its_repositories_are_gone_too() {
        github.repositories(42, 3);
        app.repositories(INSTALLATION);

        app.uninstall(INSTALLATION);

        assertThatThrownBy(() -> app.repositories(INSTALLATION))
                .isInstanceOfSatisfying(UpstreamException.class, e -> assertThat(e.code())
                        .isEqualTo("github_installation_not_found"));
        assertThat(github.requests("/installation/repositories")).hasSize(1);
    }

    @Test
    void an_installation_already_gone_is_not_an_error() {
        assertThatNoException().isThrownBy(() -> app.uninstall(new InstallationId(999)));

        assertThat(github.requests("/app/installations/999")).hasSize(1);
        assertThat(github.uninstalled()).isEmpty();
    }

    @Test
    void github_failing_to_remove_it_is_reported() {
        github.installation(42).failOnce("/app/installations/42", 500);

        assertThatThrownBy(() -> app.uninstall(INSTALLATION))
                .isInstanceOfSatisfying(UpstreamException.class, e -> assertThat(e.detail())
                        .isEqualTo("GitHub answered with an error (HTTP 500)."));
        assertThat(github.uninstalled()).isEmpty();
    }

    @Test
    void without_the_app_nothing_can_be_removed() {
        GithubApp unconfigured = new GithubApp(new GithubAppSettings(null, null, null, null, null,
                github.apiUrl(), github.webUrl(), SITE, null), clock);

        assertThatThrownBy(() -> unconfigured.uninstall(INSTALLATION))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.detail())
                        .isEqualTo(GithubApp.MISSING_APP));
    }
}
