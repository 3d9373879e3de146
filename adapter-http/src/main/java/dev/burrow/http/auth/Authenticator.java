package dev.burrow.http.auth;

import dev.burrow.application.actor.Actor;
import dev.burrow.application.actor.Credential;
import dev.burrow.application.auth.AuthenticateApiKeyUseCase;
import dev.burrow.domain.failure.AuthenticationFailedException;
import dev.burrow.domain.failure.NotAuthenticatedException;
import dev.burrow.domain.failure.PermissionDeniedException;
import dev.burrow.http.json.RequestBody;
import io.javalin.http.Context;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place a request becomes an {@link Actor}, and where a key's scopes are checked against the route. A
 * personal API key is looked for where PostHog looks, and only the first place that has one counts: the
 * {@code Authorization: Bearer} header, then the body field {@code personal_api_key}, then the query string.
 */
public final class Authenticator {

    public static final String KEY_FIELD = "personal_api_key";
    private static final String ACTOR = Authenticator.class.getName() + ".actor";
    private static final Pattern BEARER = Pattern.compile("^Bearer\\s+(\\S.+)$", Pattern.DOTALL);
    private static final String OAUTH_PREFIX = "pha_";

    private final AuthenticateApiKeyUseCase apiKeys;

    public Authenticator(AuthenticateApiKeyUseCase apiKeys) {
        this.apiKeys = apiKeys;
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
        ctx.attribute(ACTOR, actor);
        return actor;
    }

    /** Who the request says it comes from, if anyone; credentials that are present but wrong fail with 401. */
    public Optional<Actor> identify(Context ctx, boolean triesKeys) {
        if (!triesKeys) {
            return Optional.empty();
        }
        Optional<PresentedKey> presented = presentedKey(ctx);
        if (presented.isEmpty()) {
            return Optional.empty();
        }
        PresentedKey key = presented.get();
        return Optional.of(apiKeys.authenticate(key.value()).orElseThrow(() -> new AuthenticationFailedException(
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

    private record PresentedKey(String value, String source) {

        @Override
        public String toString() {
            return "PresentedKey[source=" + source + "]";
        }
    }
}
