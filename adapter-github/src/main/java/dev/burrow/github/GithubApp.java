package dev.burrow.github;

import com.fasterxml.jackson.databind.JsonNode;
import dev.burrow.application.github.GithubAppGateway;
import dev.burrow.domain.failure.InvalidInputException;
import dev.burrow.domain.failure.UpstreamException;
import dev.burrow.domain.github.GithubRepository;
import dev.burrow.domain.github.InstallationId;
import dev.burrow.github.GithubHttp.Answer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * burrow's GitHub App on GitHub's REST API: it lists an installation's repositories with an installation token,
 * exchanges a returning user's OAuth code for who they are and what they can reach, removes installations with the
 * App's JWT, and builds the URLs that send users to GitHub. Thread-safe; one instance serves the whole server.
 */
public final class GithubApp implements GithubAppGateway {

    private static final Logger LOG = LoggerFactory.getLogger(GithubApp.class);
    /** GitHub's largest page. */
    private static final int PER_PAGE = 100;
    /** 10,000 entries: beyond any real installation, and a stop for a server that never ends its list. */
    private static final int MAX_PAGES = 100;
    /** A whole listing may take this many call timeouts (a minute with the default). */
    private static final int LISTING_TIMEOUTS = 6;

    private final GithubAppSettings settings;
    private final Clock clock;
    private final AppJwt jwt;
    private final GithubHttp http;
    private final InstallationTokens tokens;
    private final LongSupplier nanoTime;

    /**
     * Reads the private key at once, so a key that cannot be used stops the server at startup
     * ({@link IllegalArgumentException}); any setting may be missing, and only what needs it then fails.
     */
    public GithubApp(GithubAppSettings settings, Clock clock) {
        this(settings, clock, System::nanoTime);
    }

    /**
     * With {@code nanoTime} as the monotonic time a whole listing is bounded by: a test moves it to try that bound
     * without waiting for it (or betting a slow answer against the timeout of each call).
     */
    GithubApp(GithubAppSettings settings, Clock clock, LongSupplier nanoTime) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
        PrivateKey key = settings.privateKeyPem() == null ? null : PrivateKeyPem.read(settings.privateKeyPem());
        this.jwt = key == null || settings.appId() == null ? null : new AppJwt(settings.appId(), key);
        this.http = new GithubHttp(settings.timeout(), clock);
        this.tokens = new InstallationTokens(clock, this::issueToken);
    }

    @Override
    public List<GithubRepository> repositories(InstallationId installation) {
        return everyPage("/installation/repositories", "repositories", page -> {
            Answer answer = asInstallation(installation, token -> http.request(page, token).GET().build());
            return http.json(answer, () -> gone(installation));
        }).stream().map(GithubJson::repository).flatMap(Optional::stream).toList();
    }

    @Override
    public GithubUser authorize(String code) {
        Objects.requireNonNull(code, "code");
        String clientId = configured(settings.clientId(), MISSING_CLIENT_ID);
        String clientSecret = configured(settings.clientSecret(), MISSING_CLIENT_SECRET);
        HttpRequest exchange = http.request(web("/login/oauth/access_token"), null)
                // Unless asked for JSON, GitHub's OAuth endpoints answer form-encoded.
                .setHeader("Accept", "application/json")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("client_id=" + encode(clientId) + "&client_secret="
                        + encode(clientSecret) + "&code=" + encode(code)))
                .build();
        Answer answered = http.send(exchange);
        JsonNode grant = http.json(answered, null);
        String error = GithubJson.text(grant, "error");
        if (error != null) {
            String description = GithubJson.text(grant, "error_description");
            throw new InvalidInputException(error, description != null ? description : "GitHub refused the code.",
                    null);
        }
        // The user's token serves these two reads and is dropped: burrow acts on GitHub as the App, never as them.
        String userToken = GithubJson.text(grant, "access_token");
        if (userToken == null) {
            throw http.unreadable(answered);
        }
        Answer user = http.send(http.request(api("/user"), userToken).GET().build());
        String login = GithubJson.text(http.json(user, null), "login");
        if (login == null) {
            throw http.unreadable(user);
        }
        List<Reachable> installations = everyPage("/user/installations", "installations",
                page -> http.json(http.send(http.request(page, userToken).GET().build()), null))
                .stream().map(GithubJson::reachable).flatMap(Optional::stream).toList();
        return new GithubUser(login, installations);
    }

    @Override
    public void uninstall(InstallationId installation) {
        Answer answer = http.send(http.request(api("/app/installations/" + installation.value()), appJwt())
                .DELETE().build());
        // A 404 is an installation already removed, which is what was asked.
        if (!answer.succeeded() && answer.status() != 404) {
            throw http.failure(answer, null);
        }
        tokens.forget(installation);
    }

    @Override
    public URI authorizeUrl(String state) {
        String clientId = configured(settings.clientId(), MISSING_CLIENT_ID);
        return URI.create(settings.webBaseUrl() + "/login/oauth/authorize?client_id=" + encode(clientId)
                + "&redirect_uri=" + encode(settings.siteUrl() + "/complete/github-link/")
                + "&state=" + encode(state));
    }

    @Override
    public URI installUrl(String state) {
        String slug = configured(settings.slug(), MISSING_SLUG);
        return URI.create(settings.webBaseUrl() + "/apps/" + encode(slug) + "/installations/new?state="
                + encode(state));
    }

    /**
     * Sends a request as the installation. A 401 means GitHub revoked the token early (the App's key rotated, the
     * installation was suspended): one fresh token settles whether the refusal is the token's or the App's.
     */
    private Answer asInstallation(InstallationId installation, Function<String, HttpRequest> request) {
        String token = tokens.token(installation);
        Answer answer = http.send(request.apply(token));
        if (answer.status() != 401) {
            return answer;
        }
        tokens.forget(installation, token);
        return http.send(request.apply(tokens.token(installation)));
    }

    private InstallationTokens.Issued issueToken(InstallationId installation) {
        URI uri = api("/app/installations/" + installation.value() + "/access_tokens");
        Answer answer = http.send(http.request(uri, appJwt()).POST(HttpRequest.BodyPublishers.noBody()).build());
        JsonNode issued = http.json(answer, () -> gone(installation));
        String token = GithubJson.text(issued, "token");
        if (token == null) {
            throw http.unreadable(answer);
        }
        return new InstallationTokens.Issued(token, GithubJson.instant(issued, "expires_at"));
    }

    /** Every entry of a paginated list: pages are read until one holds less than a full page. */
    private List<JsonNode> everyPage(String path, String key, Function<URI, JsonNode> read) {
        List<JsonNode> entries = new ArrayList<>();
        // Each call has its timeout; the whole listing has one too, or a slow GitHub could hold a request for
        // every page's timeout in turn.
        long deadline = nanoTime.getAsLong() + settings.timeout().multipliedBy(LISTING_TIMEOUTS).toNanos();
        for (int page = 1; page <= MAX_PAGES; page++) {
            if (page > 1 && nanoTime.getAsLong() - deadline > 0) {
                LOG.warn("GitHub took too long to list {}; stopped before page {}", path, page);
                throw new UpstreamException("github_unavailable", "GitHub took too long to answer.");
            }
            JsonNode list = read.apply(api(path + "?per_page=" + PER_PAGE + "&page=" + page)).get(key);
            if (list == null || !list.isArray()) {
                throw http.unreadable("GET " + path + " (page " + page + " has no " + key + " list)");
            }
            list.forEach(entries::add);
            if (list.size() < PER_PAGE) {
                return entries;
            }
        }
        LOG.warn("GitHub listed more than {} pages of {}; reading no further", MAX_PAGES, path);
        return entries;
    }

    private String appJwt() {
        if (jwt == null) {
            throw InvalidInputException.invalid(MISSING_APP, null);
        }
        return jwt.sign(clock.instant());
    }

    private URI api(String path) {
        return URI.create(settings.apiBaseUrl() + path);
    }

    private URI web(String path) {
        return URI.create(settings.webBaseUrl() + path);
    }

    private static UpstreamException gone(InstallationId installation) {
        return new UpstreamException("github_installation_not_found",
                "GitHub no longer knows installation " + installation.value() + ".");
    }

    private static String configured(String setting, String missing) {
        if (setting == null) {
            throw InvalidInputException.invalid(missing, null);
        }
        return setting;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
