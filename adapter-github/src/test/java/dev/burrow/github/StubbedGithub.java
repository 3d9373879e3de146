package dev.burrow.github;

import dev.burrow.application.fake.MovableClock;
import dev.burrow.github.testing.GithubStub;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.time.Instant;

/** A fresh GitHub stub per test, and the adapter configured for it, both on one clock the test moves. */
abstract class StubbedGithub {

    static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    static final String SITE = "https://burrow.example.com";

    final MovableClock clock = new MovableClock(NOW);
    GithubStub github;
    GithubApp app;

    @BeforeEach
    void startGithub() {
        github = GithubStub.start();
        github.clock(clock);
        app = new GithubApp(github.settings(SITE), clock);
    }

    @AfterEach
    void stopGithub() {
        github.close();
    }
}
