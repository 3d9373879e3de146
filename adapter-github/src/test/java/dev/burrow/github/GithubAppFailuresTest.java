package dev.burrow.github;

import dev.burrow.domain.failure.UnavailableException;
import dev.burrow.domain.failure.UpstreamException;
import dev.burrow.domain.github.InstallationId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GithubAppFailuresTest extends StubbedGithub {

    private static final InstallationId INSTALLATION = new InstallationId(42);
    private static final String REPOSITORIES = "/installation/repositories";
    private static final String ACCESS_TOKENS = "/app/installations/42/access_tokens";

    @Test
    void a_server_error_says_github_erred_without_its_body() {
        github.repositories(42, 3).failOnce(REPOSITORIES, 502);

        assertUpstream("github_unavailable", "GitHub answered with an error (HTTP 502).");
    }

    @Test
    void a_server_error_on_the_token_is_reported_the_same() {
        github.repositories(42, 3).failOnce(ACCESS_TOKENS, 503);

        assertUpstream("github_unavailable", "GitHub answered with an error (HTTP 503).");
    }

    @Test
    void a_spent_primary_rate_limit_asks_to_wait_until_its_reset() {
        github.repositories(42, 3).rateLimitOnce(REPOSITORIES, NOW.plusSeconds(120));

        assertThatThrownBy(() -> app.repositories(INSTALLATION))
                .isInstanceOfSatisfying(UnavailableException.class, e -> {
                    assertThat(e.code()).isEqualTo("github_rate_limited");
                    assertThat(e.detail()).isEqualTo(
                            "GitHub's rate limit for this App is spent; try again in 120 seconds.");
                    assertThat(e.retryAfterSeconds()).isEqualTo(120);
                });
    }

    @Test
    void a_reset_already_past_still_asks_for_a_second() {
        github.repositories(42, 3).rateLimitOnce(ACCESS_TOKENS, NOW.minusSeconds(5));

        assertThatThrownBy(() -> app.repositories(INSTALLATION))
                .isInstanceOfSatisfying(UnavailableException.class, e -> {
                    assertThat(e.detail()).isEqualTo(
                            "GitHub's rate limit for this App is spent; try again in 1 second.");
                    assertThat(e.retryAfterSeconds()).isEqualTo(1);
                });
    }

    @Test
    void a_secondary_rate_limit_asks_to_wait_as_long_as_retry_after_says() {
        github.repositories(42, 3).retryAfterOnce(REPOSITORIES, 30);

        assertThatThrownBy(() -> app.repositories(INSTALLATION))
                .isInstanceOfSatisfying(UnavailableException.class, e -> {
                    assertThat(e.code()).isEqualTo("github_rate_limited");
                    assertThat(e.retryAfterSeconds()).isEqualTo(30);
                });
    }

    @Test
    void a_403_with_retry_after_is_a_secondary_rate_limit_too() {
        github.repositories(42, 3).answerOnce(REPOSITORIES, 403, Map.of("retry-after", "61"), "{}");

        assertThatThrownBy(() -> app.repositories(INSTALLATION))
                .isInstanceOfSatisfying(UnavailableException.class, e -> assertThat(e.retryAfterSeconds())
                        .isEqualTo(61));
    }

    @Test
    void a_429_that_says_nothing_asks_for_githubs_advised_minute() {
        github.repositories(42, 3).answerOnce(REPOSITORIES, 429, Map.of(), "{}");

        assertThatThrownBy(() -> app.repositories(INSTALLATION))
                .isInstanceOfSatisfying(UnavailableException.class, e -> assertThat(e.retryAfterSeconds())
                        .isEqualTo(60));
    }

    @Test
    void a_403_that_is_not_a_rate_limit_is_a_refusal() {
        github.repositories(42, 3).answerOnce(REPOSITORIES, 403, Map.of("x-ratelimit-remaining", "4999"),
                "{\"message\": \"Resource not accessible by integration\"}");

        assertUpstream("github_forbidden", "GitHub refused the request (HTTP 403).");
    }

    @Test
    void an_unexpected_status_is_named() {
        github.repositories(42, 3).failOnce(REPOSITORIES, 422);

        assertUpstream("github_error", "GitHub answered with an unexpected status (HTTP 422).");
    }

    @Test
    void a_body_that_is_not_json_cannot_be_read() {
        github.repositories(42, 3).answerOnce(REPOSITORIES, 200, Map.of(), "<html>Unicorn!</html>");

        assertUpstream("github_bad_response", "GitHub's answer could not be read.");
    }

    @Test
    void a_page_without_its_list_cannot_be_read() {
        github.repositories(42, 3).answerOnce(REPOSITORIES, 200, Map.of(), "{\"total_count\": 3}");

        assertUpstream("github_bad_response", "GitHub's answer could not be read.");
    }

    @Test
    void a_token_answer_without_a_token_cannot_be_read() {
        github.repositories(42, 3).answerOnce(ACCESS_TOKENS, 201, Map.of(), "{\"expires_at\": \"soon\"}");

        assertUpstream("github_bad_response", "GitHub's answer could not be read.");
    }

    @Test
    void a_token_without_a_readable_expiry_serves_its_call_and_is_not_kept() {
        github.repositories(42, 3)
                .answerOnce(ACCESS_TOKENS, 201, Map.of(), "{\"token\": \"ghs_x\", \"expires_at\": \"soon\"}")
                .answerOnce(REPOSITORIES, 200, Map.of(), "{\"repositories\": []}");

        assertThat(app.repositories(INSTALLATION)).isEmpty();
        assertThat(app.repositories(INSTALLATION)).hasSize(3);

        assertThat(github.requests(REPOSITORIES).get(0).header("Authorization")).isEqualTo("Bearer ghs_x");
        assertThat(github.requests(ACCESS_TOKENS)).hasSize(2);
    }

    @Test
    @Timeout(30) // should the call's timeout not work, a failure rather than a wait for the silent stub
    void github_answering_too_late_fails_after_the_timeout() {
        Duration timeout = Duration.ofMillis(500);
        app = new GithubApp(github.settings(SITE, timeout), clock);
        // GitHub never answers (until the stub closes after the test): no load can make the answer come in time.
        github.repositories(42, 3).silentOnce(REPOSITORIES);

        long started = System.nanoTime();
        assertUpstream("github_unavailable", "GitHub did not answer in time.");

        Duration waited = Duration.ofNanos(System.nanoTime() - started);
        assertThat(waited).as("waited for the timeout").isGreaterThanOrEqualTo(timeout);
        assertThat(waited).as("but not for the silent answer").isLessThan(Duration.ofSeconds(20));
        assertThat(github.requests(REPOSITORIES)).hasSize(1);
    }

    @Test
    void a_listing_that_takes_too_long_as_a_whole_fails_though_each_page_came_in_time() {
        // Each page "takes" 80% of the call timeout on a clock the test moves, not on the wall: the stub answers at
        // once, far inside the real timeout, and the listing's own bound (six timeouts) runs out after page 8.
        Duration timeout = Duration.ofSeconds(10);
        AtomicLong nanoTime = new AtomicLong();
        app = new GithubApp(github.settings(SITE, timeout), clock, nanoTime::get);
        long eachPage = timeout.multipliedBy(8).dividedBy(10).toNanos();
        github.repositories(42, 1000);
        for (int page = 0; page < 10; page++) {
            github.onceBefore(REPOSITORIES, () -> nanoTime.addAndGet(eachPage));
        }

        assertUpstream("github_unavailable", "GitHub took too long to answer.");

        assertThat(github.requests(REPOSITORIES)).as("pages read before the bound ran out").hasSize(8);
    }

    @Test
    void a_listing_inside_its_bound_reads_every_page() {
        Duration timeout = Duration.ofSeconds(10);
        AtomicLong nanoTime = new AtomicLong();
        app = new GithubApp(github.settings(SITE, timeout), clock, nanoTime::get);
        github.repositories(42, 1000);
        for (int page = 0; page < 11; page++) {
            github.onceBefore(REPOSITORIES, () -> nanoTime.addAndGet(timeout.dividedBy(2).toNanos()));
        }

        assertThat(app.repositories(INSTALLATION)).hasSize(1000);
        assertThat(github.requests(REPOSITORIES)).hasSize(11);
    }

    @Test
    void github_out_of_reach_is_reported() {
        github.repositories(42, 3);
        github.close();

        assertUpstream("github_unavailable", "GitHub could not be reached.");
    }

    private void assertUpstream(String code, String detail) {
        assertThatThrownBy(() -> app.repositories(INSTALLATION))
                .isInstanceOfSatisfying(UpstreamException.class, e -> {
                    assertThat(e.code()).isEqualTo(code);
                    assertThat(e.detail()).isEqualTo(detail);
                    assertThat(e.attr()).isNull();
                });
    }
}
