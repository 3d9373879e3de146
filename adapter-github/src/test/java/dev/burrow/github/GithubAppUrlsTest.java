package dev.burrow.github;

import dev.burrow.domain.failure.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GithubAppUrlsTest {

    private static final String STATE = "token=abc123&source=user_integration";

    private final GithubApp app = new GithubApp(new GithubAppSettings(null, null, "Iv1.abc", null, "burrow-app",
            "https://burrow.example.com/"), Clock.systemUTC());

    @Test
    void the_oauth_url_carries_the_client_id_the_way_back_and_the_state_encoded() {
        assertThat(app.authorizeUrl(STATE)).hasToString("https://github.com/login/oauth/authorize?client_id=Iv1.abc"
                + "&redirect_uri=https%3A%2F%2Fburrow.example.com%2Fcomplete%2Fgithub-link%2F"
                + "&state=token%3Dabc123%26source%3Duser_integration");
    }

    @Test
    void the_install_url_names_the_app_and_carries_the_state_encoded() {
        assertThat(app.installUrl(STATE)).hasToString("https://github.com/apps/burrow-app/installations/new"
                + "?state=token%3Dabc123%26source%3Duser_integration");
    }

    @Test
    void a_github_enterprise_server_is_where_users_are_sent() {
        GithubApp enterprise = new GithubApp(new GithubAppSettings(null, null, "Iv1.abc", null, "burrow-app",
                "https://ghe.example.com/api/v3/", "https://ghe.example.com/", "https://burrow.example.com",
                null), Clock.systemUTC());

        assertThat(enterprise.authorizeUrl("s").toString())
                .startsWith("https://ghe.example.com/login/oauth/authorize?client_id=Iv1.abc&redirect_uri=");
        assertThat(enterprise.installUrl("s"))
                .hasToString("https://ghe.example.com/apps/burrow-app/installations/new?state=s");
    }

    @Test
    void without_a_client_id_or_slug_the_urls_name_the_missing_setting() {
        GithubApp unconfigured = new GithubApp(new GithubAppSettings(null, null, null, null, null,
                "https://burrow.example.com"), Clock.systemUTC());

        assertThatThrownBy(() -> unconfigured.authorizeUrl(STATE))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.code()).isEqualTo("invalid_input");
                    assertThat(e.detail()).isEqualTo(
                            "GitHub App client ID is not configured (GITHUB_APP_CLIENT_ID missing).");
                    assertThat(e.attr()).isNull();
                });
        assertThatThrownBy(() -> unconfigured.installUrl(STATE))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.code()).isEqualTo("invalid_input");
                    assertThat(e.detail()).isEqualTo(
                            "GitHub App is not configured on this instance (missing GITHUB_APP_SLUG).");
                });
    }
}
