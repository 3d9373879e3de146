package dev.burrow.github;

import dev.burrow.domain.HostApi;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Objects;

/**
 * How burrow's GitHub App is known to GitHub, with PostHog's setting names in mind ({@code GITHUB_APP_ID},
 * {@code GITHUB_APP_PRIVATE_KEY}, {@code GITHUB_APP_CLIENT_ID}, {@code GITHUB_APP_CLIENT_SECRET},
 * {@code GITHUB_APP_SLUG}) and where GitHub is (github.com, a GitHub Enterprise server, a test stub).
 *
 * <p>Every App setting may be missing (null; blank counts as missing): an instance without GitHub still starts, and
 * only the feature that needs a missing setting fails, naming it. {@code privateKeyPem} is the key's PEM text,
 * PKCS#1 as GitHub hands it out or PKCS#8. {@code siteUrl} is burrow's own public URL, to which GitHub sends users
 * back. Base URLs may end with a slash or not; {@code timeout} bounds each call to GitHub, connection included.
 */
@HostApi
public record GithubAppSettings(String appId, String privateKeyPem, String clientId, String clientSecret,
                                String slug, String apiBaseUrl, String webBaseUrl, String siteUrl,
                                Duration timeout) {

    public static final String GITHUB_API = "https://api.github.com";
    public static final String GITHUB_WEB = "https://github.com";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    public GithubAppSettings {
        appId = missingIfBlank(appId);
        privateKeyPem = missingIfBlank(privateKeyPem);
        clientId = missingIfBlank(clientId);
        clientSecret = missingIfBlank(clientSecret);
        slug = missingIfBlank(slug);
        apiBaseUrl = baseUrl("apiBaseUrl", Objects.requireNonNullElse(missingIfBlank(apiBaseUrl), GITHUB_API));
        webBaseUrl = baseUrl("webBaseUrl", Objects.requireNonNullElse(missingIfBlank(webBaseUrl), GITHUB_WEB));
        siteUrl = baseUrl("siteUrl", Objects.requireNonNull(missingIfBlank(siteUrl), "siteUrl"));
        timeout = Objects.requireNonNullElse(timeout, DEFAULT_TIMEOUT);
        if (timeout.isZero() || timeout.isNegative()) {
            throw new IllegalArgumentException("the GitHub timeout must be positive, got " + timeout);
        }
    }

    /** github.com, with the default timeout. */
    public GithubAppSettings(String appId, String privateKeyPem, String clientId, String clientSecret, String slug,
                             String siteUrl) {
        this(appId, privateKeyPem, clientId, clientSecret, slug, null, null, siteUrl, null);
    }

    @Override
    public String toString() {
        return "GithubAppSettings[appId=" + appId + ", privateKeyPem=" + hidden(privateKeyPem) + ", clientId="
                + clientId + ", clientSecret=" + hidden(clientSecret) + ", slug=" + slug + ", apiBaseUrl="
                + apiBaseUrl + ", webBaseUrl=" + webBaseUrl + ", siteUrl=" + siteUrl + ", timeout=" + timeout + "]";
    }

    private static String missingIfBlank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The URL without its trailing slashes, so paths can be appended as they are written in GitHub's docs. */
    private static String baseUrl(String name, String url) {
        String base = url;
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        URI uri;
        try {
            uri = new URI(base);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(name + " is not a URL: " + url);
        }
        boolean web = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
        if (!web || uri.getHost() == null || uri.getQuery() != null || uri.getFragment() != null) {
            throw new IllegalArgumentException(name + " must be an http(s) URL without query, got " + url);
        }
        return base;
    }

    private static String hidden(String secret) {
        return secret == null ? "null" : "(hidden)";
    }
}
