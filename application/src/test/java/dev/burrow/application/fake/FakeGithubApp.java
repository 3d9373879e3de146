package dev.burrow.application.fake;

import dev.burrow.application.github.GithubAppGateway;
import dev.burrow.domain.failure.InvalidInputException;
import dev.burrow.domain.github.GithubRepository;
import dev.burrow.domain.github.InstallationId;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * GitHub for the tests of everything above the adapter: installations with their repositories, codes that
 * authorize a GitHub user, and a switch that makes every call fail as GitHub can.
 */
public final class FakeGithubApp implements GithubAppGateway {

    public static final String WEB = "https://github.test";

    private final Map<InstallationId, List<GithubRepository>> repositories = new ConcurrentHashMap<>();
    private final Map<String, GithubUser> codes = new ConcurrentHashMap<>();
    private final List<InstallationId> uninstalled = new CopyOnWriteArrayList<>();
    private final AtomicInteger repositoryReads = new AtomicInteger();
    private volatile RuntimeException failure;
    private volatile String clientId = "Iv1.fake";
    private volatile String slug = "burrow-fake";
    private final String siteUrl;

    /** {@code siteUrl}: burrow's public URL, which GitHub sends users back to. */
    public FakeGithubApp(String siteUrl) {
        this.siteUrl = siteUrl;
    }

    /** GitHub will list these repositories for the installation. */
    public FakeGithubApp withRepositories(InstallationId installation, List<GithubRepository> list) {
        repositories.put(installation, List.copyOf(list));
        return this;
    }

    /** GitHub will take {@code code} as this user's authorization. */
    public FakeGithubApp withCode(String code, GithubUser user) {
        codes.put(code, user);
        return this;
    }

    /** Every call fails with {@code error} until {@link #recover()}. */
    public void failWith(RuntimeException error) {
        failure = error;
    }

    public void recover() {
        failure = null;
    }

    /** As an instance without the App's client id or slug would be configured. */
    public void unconfigure(boolean withoutClientId, boolean withoutSlug) {
        clientId = withoutClientId ? null : clientId;
        slug = withoutSlug ? null : slug;
    }

    public int repositoryReads() {
        return repositoryReads.get();
    }

    public List<InstallationId> uninstalled() {
        return new ArrayList<>(uninstalled);
    }

    @Override
    public List<GithubRepository> repositories(InstallationId installation) {
        failIfAsked();
        repositoryReads.incrementAndGet();
        return repositories.getOrDefault(installation, List.of());
    }

    @Override
    public GithubUser authorize(String code) {
        failIfAsked();
        GithubUser user = codes.remove(code);
        if (user == null) {
            throw new InvalidInputException("bad_verification_code", "The code passed is incorrect or expired.",
                    null);
        }
        return user;
    }

    @Override
    public void uninstall(InstallationId installation) {
        failIfAsked();
        uninstalled.add(installation);
    }

    @Override
    public URI authorizeUrl(String state) {
        if (clientId == null) {
            throw InvalidInputException.invalid(MISSING_CLIENT_ID, null);
        }
        return URI.create(WEB + "/login/oauth/authorize?client_id=" + clientId + "&redirect_uri="
                + encode(siteUrl + "/complete/github-link/") + "&state=" + encode(state));
    }

    @Override
    public URI installUrl(String state) {
        if (slug == null) {
            throw InvalidInputException.invalid(MISSING_SLUG, null);
        }
        return URI.create(WEB + "/apps/" + slug + "/installations/new?state=" + encode(state));
    }

    private void failIfAsked() {
        RuntimeException error = failure;
        if (error != null) {
            throw error;
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
