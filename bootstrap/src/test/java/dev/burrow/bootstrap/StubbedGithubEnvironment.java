package dev.burrow.bootstrap;

import dev.burrow.github.testing.GithubStub;

import java.util.HashMap;
import java.util.Map;

/** The environment of a server on a free local port whose GitHub App is the stub's. */
final class StubbedGithubEnvironment {

    private StubbedGithubEnvironment() {
    }

    /** A mutable map: the test adds where the database is. */
    static Map<String, String> of(GithubStub github, String site, String adminPassword) {
        Map<String, String> env = new HashMap<>();
        env.put("PORT", "0");
        env.put("BURROW_HOST", "127.0.0.1");
        env.put("BURROW_ADMIN_PASSWORD", adminPassword);
        env.put("SITE_URL", site);
        env.put("GITHUB_APP_ID", GithubStub.APP_ID);
        env.put("GITHUB_APP_PRIVATE_KEY", github.privateKeyPem());
        env.put("GITHUB_APP_CLIENT_ID", GithubStub.CLIENT_ID);
        env.put("GITHUB_APP_CLIENT_SECRET", GithubStub.CLIENT_SECRET);
        env.put("GITHUB_APP_SLUG", GithubStub.SLUG);
        env.put("GITHUB_API_URL", github.apiUrl());
        env.put("GITHUB_WEB_URL", github.webUrl());
        return env;
    }
}
