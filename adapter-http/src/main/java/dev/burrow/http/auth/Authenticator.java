package dev.burrow.http.auth;

import dev.burrow.application.actor.Actor;
import dev.burrow.application.actor.Credential;
import dev.burrow.application.auth.AuthenticateApiKeyUseCase;
import dev.burrow.application.auth.AuthenticateHostCallerUseCase;
import dev.burrow.application.auth.AuthenticateSessionUseCase;
import dev.burrow.domain.failure.AuthenticationFailedException;
import dev.burrow.domain.failure.NotAuthenticatedException;
import dev.burrow.domain.failure.PermissionDeniedException;
import dev.burrow.domain.session.CsrfSecret;
import dev.burrow.http.json.HeaderValue;
import dev.burrow.http.json.RequestBody;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place a request becomes an {@link Actor}, where a session's state-changing requests are checked for
 * CSRF, and where a key's scopes are checked against the route. When burrow is mounted in a host that vouches for
 * its callers ({@link HostAuthentication}), the host's caller comes first. Then a browser session (the {@code
 * sessionid} cookie); then a personal API key, looked for where PostHog looks, the first place that has one
 * counting: the {@code Authorization: Bearer} header, the body field {@code personal_api_key}, the query string.
 */
public final class Authenticator {

    public static final String KEY_FIELD = "personal_api_key";
    public static final String CSRF_HEADER = "X-CSRFToken";
    private static final String ACTOR = Authenticator.class.getName() + ".actor";
    private static final Pattern BEARER = Pattern.compile("^Bearer\\s+(\\S.+)$", Pattern.DOTALL);
    private static final String OAUTH_PREFIX = "pha_";
    private static final String FORM_TOKEN = "csrfmiddlewaretoken";
    /** What Python's urlparse makes of a URL: its scheme, and the authority after {@code //}, if any. */
    private static final Pattern URL = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*):(//([^/?#]*))?");
    private static final Set<HandlerType> SAFE = Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);

    private final AuthenticateApiKeyUseCase apiKeys;
    private final AuthenticateSessionUseCase sessions;
    private final String siteOrigin;
    private final String siteAuthority;
    private final HostAuthentication host;
    private final AuthenticateHostCallerUseCase hostCallers;
    private final boolean hostOnly;
    private final AllowedHosts allowedHosts;
    private final boolean behindProxies;
    /** Where a session's request came from, for its login session's activity. */
    private final ClientAddress clients;

    /**
     * With a {@code host} that vouches for callers (null: none), beside burrow's own credentials or ({@code
     * hostOnly}) instead of them. Only {@code allowedHosts} count as the site's own origin; behind proxies ({@code
     * behindProxies}) a request is secure when they say it came in over https ({@code X-Forwarded-Proto}).
     */
    public Authenticator(AuthenticateApiKeyUseCase apiKeys, AuthenticateSessionUseCase sessions, String siteUrl,
                         HostAuthentication host, AuthenticateHostCallerUseCase hostCallers, boolean hostOnly,
                         AllowedHosts allowedHosts, boolean behindProxies) {
        this(apiKeys, sessions, siteUrl, host, hostCallers, hostOnly, allowedHosts, behindProxies,
                new ClientAddress(0));
    }

    /** As above; {@code clients} reads where a request came from, for the activity of login sessions. */
    public Authenticator(AuthenticateApiKeyUseCase apiKeys, AuthenticateSessionUseCase sessions, String siteUrl,
                         HostAuthentication host, AuthenticateHostCallerUseCase hostCallers, boolean hostOnly,
                         AllowedHosts allowedHosts, boolean behindProxies, ClientAddress clients) {
        this.clients = clients;
        this.apiKeys = apiKeys;
        this.sessions = sessions;
        this.siteOrigin = origin(siteUrl);
        this.siteAuthority = URI.create(siteUrl).getRawAuthority().toLowerCase(Locale.ROOT);
        this.host = host;
        this.hostCallers = hostCallers;
        this.hostOnly = hostOnly;
        this.allowedHosts = allowedHosts;
        this.behindProxies = behindProxies;
    }

    /** The actor of a request to a route with {@code access}; fails with PostHog's 401 or 403 otherwise. */
    public Actor authenticate(Context ctx, RouteAccess access) {
        Actor actor = identify(ctx, access.triesKeys()).orElseThrow(NotAuthenticatedException::new);
        if (actor.credential() instanceof Credential.PersonalApiKey key) {
            if (access.keyScope() == null) {
                throw new PermissionDeniedException("This action does not support personal API key access");
            }
            if (!key.scopes().allows(access.keyScope())) {
                throw new PermissionDeniedException("API key missing required scope '" + access.keyScope() + "'");
            }
        }
        return actor;
    }

    /**
     * Who the request says it comes from, if anyone. Credentials that are present but wrong fail with 401; a
     * session's unsafe request without the right CSRF token fails with 403.
     */
    public Optional<Actor> identify(Context ctx, boolean triesKeys) {
        if (host != null) {
            Optional<UUID> vouched = host.caller(ctx);
            if (vouched.isPresent()) {
                // The host may have vouched from a cookie: a change sent from another site is refused, as
                // burrow's own sessions refuse it, whatever the host checks of its own.
                if (!SAFE.contains(ctx.method())) {
                    checkSameSite(ctx);
                }
                return remember(ctx, hostCallers.authenticate(vouched.get()).orElseThrow(() ->
                        new AuthenticationFailedException("The caller has no active account.")));
            }
            if (hostOnly) {
                return Optional.empty();
            }
        }
        Optional<AuthenticateSessionUseCase.AuthenticatedSession> session =
                sessions.authenticate(SessionCookies.sessionKey(ctx), new AuthenticateSessionUseCase.Client(
                        clients.of(ctx), ctx.header("User-Agent")));
        if (session.isPresent()) {
            if (!SAFE.contains(ctx.method())) {
                checkCsrf(ctx, session.get().csrfSecret());
            }
            return remember(ctx, session.get().actor());
        }
        if (!triesKeys) {
            return Optional.empty();
        }
        Optional<PresentedKey> presented = presentedKey(ctx);
        if (presented.isEmpty()) {
            return Optional.empty();
        }
        PresentedKey key = presented.get();
        return remember(ctx, apiKeys.authenticate(key.value()).orElseThrow(() -> new AuthenticationFailedException(
                "Personal API key found in request " + key.source() + " is invalid.")));
    }

    /** The actor {@link #authenticate} found for this request. */
    public static Actor actor(Context ctx) {
        Actor actor = ctx.attribute(ACTOR);
        if (actor == null) {
            throw new IllegalStateException("the route was registered without authentication");
        }
        return actor;
    }

    private static Optional<Actor> remember(Context ctx, Actor actor) {
        ctx.attribute(ACTOR, actor);
        return Optional.of(actor);
    }

    /**
     * Django's checks (CsrfViewMiddleware.process_view, as DRF's SessionAuthentication runs it), in its order and
     * with its messages: a foreign Origin; on https without an Origin, the Referer; then the CSRF cookie, and the
     * token the request carries, which must be the cookie's secret. The cookie's secret must also be the session's:
     * burrow hands every session its own secret, and a cookie planted beside a session is not that session's.
     */
    private void checkCsrf(Context ctx, CsrfSecret session) {
        if (ctx.header("Origin") != null) {
            checkOrigin(ctx);
        } else if (secure(ctx)) {
            checkReferer(ctx);
        }
        String cookie = ctx.cookie(SessionCookies.CSRF);
        if (cookie == null) {
            throw csrfFailed("CSRF cookie not set.");
        }
        String cookieProblem = CsrfSecret.formatProblem(cookie);
        if (cookieProblem != null) {
            throw csrfFailed("CSRF cookie " + cookieProblem + ".");
        }
        String source = "POST";
        String token = formToken(ctx);
        if (token.isEmpty()) {
            token = ctx.header(CSRF_HEADER);
            if (token == null) {
                throw csrfFailed("CSRF token missing.");
            }
            source = "the 'X-Csrftoken' HTTP header";
        }
        String tokenProblem = CsrfSecret.formatProblem(token);
        if (tokenProblem != null) {
            throw csrfFailed("CSRF token from " + source + " " + tokenProblem + ".");
        }
        CsrfSecret cookieSecret = CsrfSecret.presented(cookie);
        // Both compared, always, so that the time taken says nothing of which one differs.
        boolean tokenIsCookie = CsrfSecret.presented(token).sameAs(cookieSecret);
        boolean cookieIsSession = cookieSecret.sameAs(session);
        if (!(tokenIsCookie & cookieIsSession)) {
            throw csrfFailed("CSRF token from " + source + " incorrect.");
        }
    }

    /**
     * The {@code csrfmiddlewaretoken} field of a POSTed form, as Django looks there before the header; "" when
     * there is none (Django then reads the header). Other bodies are not read for it.
     */
    private static String formToken(Context ctx) {
        if (ctx.method() != HandlerType.POST) {
            return "";
        }
        String media = HeaderValue.parse(ctx.header("Content-Type")).value();
        if (!media.equals("application/x-www-form-urlencoded") && !media.equals("multipart/form-data")) {
            return "";
        }
        var form = RequestBody.of(ctx).form();
        var values = form == null ? null : form.get(FORM_TOKEN);
        return values == null || values.isEmpty() ? "" : values.get(values.size() - 1);
    }

    /** Whether the request came in over https: Django's {@code is_secure}, trusting the proxies burrow has. */
    private boolean secure(Context ctx) {
        if ("https".equalsIgnoreCase(ctx.scheme())) {
            return true;
        }
        String forwarded = behindProxies ? ctx.header("X-Forwarded-Proto") : null;
        return forwarded != null && forwarded.strip().equalsIgnoreCase("https");
    }

    /** Django's origin check: the site's own origin (the allowed host it was reached at), or the site URL's. */
    private void checkOrigin(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin != null && !isOwnOrigin(ctx, origin)) {
            throw csrfFailed("Origin checking failed - " + origin + " does not match any trusted origins.");
        }
    }

    private boolean isOwnOrigin(Context ctx, String origin) {
        if (origin.equals(siteOrigin)) {
            return true;
        }
        Optional<String> own = allowedHosts.allowed(ctx);
        return own.isPresent() && origin.equals((secure(ctx) ? "https" : "http") + "://" + own.get());
    }

    /**
     * Django's referer check on https without an Origin: there must be a Referer, a well-formed https URL, from the
     * site's host or the site URL's.
     */
    private void checkReferer(Context ctx) {
        String referer = ctx.header("Referer");
        if (referer == null) {
            throw csrfFailed("Referer checking failed - no Referer.");
        }
        Matcher url = URL.matcher(referer);
        String netloc = url.lookingAt() && url.group(2) != null ? url.group(3) : "";
        if (!url.lookingAt() || netloc.isEmpty() || netloc.contains("[") != netloc.contains("]")) {
            throw csrfFailed("Referer checking failed - Referer is malformed.");
        }
        if (!url.group(1).equalsIgnoreCase("https")) {
            throw csrfFailed("Referer checking failed - Referer is insecure while host is secure.");
        }
        String own = allowedHosts.allowed(ctx).map(host -> host.toLowerCase(Locale.ROOT)).orElse(null);
        if (!netloc.equals(siteAuthority) && !netloc.equals(own)) {
            throw csrfFailed("Referer checking failed - " + referer + " does not match any trusted origins.");
        }
    }

    /**
     * Refuses a login a browser marks as coming from another site: {@code Sec-Fetch-Site: cross-site}, or an
     * {@code Origin} that is not the site's. PostHog's web app logs in from its own pages only, and a login
     * another site posts would hand the browser a session of the other site's choosing.
     */
    public void refuseCrossSiteLogin(Context ctx) {
        String origin = ctx.header("Origin");
        if ("cross-site".equalsIgnoreCase(ctx.header("Sec-Fetch-Site"))
                || origin != null && !isOwnOrigin(ctx, origin)) {
            throw new PermissionDeniedException("Login requests from another site are not accepted.");
        }
    }

    /** For the host's callers: a foreign Origin, or a browser saying the request comes from another site. */
    private void checkSameSite(Context ctx) {
        checkOrigin(ctx);
        if ("cross-site".equalsIgnoreCase(ctx.header("Sec-Fetch-Site"))) {
            throw csrfFailed("the request comes from another site.");
        }
    }

    private static PermissionDeniedException csrfFailed(String reason) {
        return new PermissionDeniedException("CSRF Failed: " + reason);
    }

    private static Optional<PresentedKey> presentedKey(Context ctx) {
        String authorization = ctx.header("Authorization");
        if (authorization != null) {
            Matcher bearer = BEARER.matcher(authorization);
            if (bearer.matches()) {
                String token = bearer.group(1).strip();
                if (token.startsWith(OAUTH_PREFIX)) {
                    // PostHog leaves pha_ tokens to its OAuth authentication; burrow issues none, so none is valid.
                    throw new AuthenticationFailedException("Invalid access token.");
                }
                return Optional.of(new PresentedKey(token, "Authorization header"));
            }
        }
        RequestBody body = RequestBody.of(ctx);
        if (body.has(KEY_FIELD)) {
            return Optional.of(new PresentedKey(body.text(KEY_FIELD).orElse(""), "body"));
        }
        var query = ctx.queryParams(KEY_FIELD);
        if (!query.isEmpty()) {
            // Django's QueryDict hands out the last value of a repeated parameter.
            return Optional.of(new PresentedKey(query.get(query.size() - 1), "query string"));
        }
        return Optional.empty();
    }

    private static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    private record PresentedKey(String value, String source) {

        @Override
        public String toString() {
            return "PresentedKey[source=" + source + "]";
        }
    }
}
