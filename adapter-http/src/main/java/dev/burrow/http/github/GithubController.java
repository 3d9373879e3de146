package dev.burrow.http.github;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import dev.burrow.application.github.GithubIntegrationsUseCase;
import dev.burrow.application.github.GithubIntegrationsUseCase.GithubLoginQuery;
import dev.burrow.application.github.GithubIntegrationsUseCase.IntegrationsQuery;
import dev.burrow.application.github.GithubIntegrationsUseCase.RepositoriesQuery;
import dev.burrow.application.github.GithubIntegrationsUseCase.UnlinkCommand;
import dev.burrow.application.github.GithubLinkUseCase;
import dev.burrow.application.github.GithubLinkUseCase.LinkOutcome;
import dev.burrow.application.github.GithubLinkUseCase.StartLinkCommand;
import dev.burrow.application.github.GithubLinkUseCase.TeamChoice;
import dev.burrow.application.github.GithubUseCases;
import dev.burrow.domain.text.PythonText;
import dev.burrow.http.auth.Authenticator;
import dev.burrow.http.error.HttpFailure;
import dev.burrow.http.json.Fields;
import dev.burrow.http.json.Json;
import dev.burrow.http.json.RequestBody;
import dev.burrow.http.pagination.QueryString;
import dev.burrow.http.user.UserController;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.MethodNotAllowedResponse;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A user's GitHub integrations ({@code /api/users/{uuid}/integrations/...}), their GitHub login, and the page
 * GitHub sends the user back to ({@code /complete/github-link/}), which ends on the site's settings page.
 */
public final class GithubController {

    private static final String SETTINGS_PAGE = "/settings/user-personal-integrations";

    private final GithubIntegrationsUseCase integrations;
    private final GithubLinkUseCase links;
    private final Authenticator authenticator;
    private final String siteUrl;

    public GithubController(GithubUseCases github, Authenticator authenticator, String siteUrl) {
        this.integrations = github.integrations();
        this.links = github.links();
        this.authenticator = authenticator;
        this.siteUrl = siteUrl;
    }

    public void list(Context ctx) {
        List<IntegrationResponse> results = integrations.list(new IntegrationsQuery(Authenticator.actor(ctx),
                UserController.lookup(ctx))).stream().map(IntegrationResponse::from).toList();
        Json.respond(ctx, Map.of("results", results));
    }

    public void unlink(Context ctx) {
        integrations.unlink(new UnlinkCommand(Authenticator.actor(ctx), UserController.lookup(ctx),
                installationId(ctx)));
        ctx.status(204);
    }

    public void repositories(Context ctx) {
        QueryString query = QueryString.of(ctx);
        GithubIntegrationsUseCase.RepositoryPage page = integrations.repositories(new RepositoriesQuery(
                Authenticator.actor(ctx), UserController.lookup(ctx), installationId(ctx),
                query.last("search").orElse(null), query.last("limit").orElse(null),
                query.last("offset").orElse(null)));
        Json.respond(ctx, new RepositoriesResponse(page.repositories().stream().map(RepositoryResponse::from).toList(),
                page.hasMore()));
    }

    public void start(Context ctx) {
        boolean currentPasswordSent = RequestBody.of(ctx).has("current_password");
        String lookup = UserController.lookup(ctx);
        Map<String, ?> options = optionalFields(ctx);
        GithubLinkUseCase.LinkStart started = links.start(new StartLinkCommand(Authenticator.actor(ctx), lookup,
                team(options.get("team_id")), options.get("connect_from") instanceof String from ? from : null,
                currentPasswordSent));
        Json.respond(ctx, Map.of("install_url", started.installUrl().toString(), "connect_flow", started.flow().value()));
    }

    public void githubLogin(Context ctx) {
        Map<String, String> body = new HashMap<>();
        body.put("github_login", integrations.githubLogin(new GithubLoginQuery(
                Authenticator.actor(ctx), UserController.lookup(ctx))).orElse(null));
        Json.respond(ctx, body);
    }

    /** Where GitHub sends the user back: the outcome goes to the site's settings page as a query parameter. */
    public void completeLink(Context ctx) {
        QueryString query = QueryString.of(ctx);
        LinkOutcome outcome = links.complete(authenticator.identify(ctx, false).orElse(null),
                new GithubLinkUseCase.Callback(query.last("code").orElse(null), query.last("state").orElse(null),
                        query.last("installation_id").orElse(null), query.last("setup_action").orElse(null),
                        query.last("error").orElse(null)));
        String result = outcome.linked() ? "github_link_success=1"
                : "github_link_error=" + URLEncoder.encode(outcome.reason(), StandardCharsets.UTF_8);
        ctx.redirect(siteUrl + SETTINGS_PAGE + "?" + result);
    }

    /**
     * PostHog's route only matches digits here: anything else is an unknown endpoint, answered before anyone is
     * authenticated; {@code start} is the one other route there, so another method on it is 405.
     */
    public static Handler digitsOnly(Handler handler) {
        return ctx -> {
            String id = ctx.pathParam("installation_id");
            if (id.equals("start")) {
                throw new MethodNotAllowedResponse();
            }
            if (!id.matches("\\d+")) {
                throw HttpFailure.endpointNotFound();
            }
            handler.handle(ctx);
        };
    }

    private static String installationId(Context ctx) {
        return ctx.pathParam("installation_id");
    }

    /** PostHog reads the start's body only when it is an object; any other JSON counts as no options. */
    private static Map<String, ?> optionalFields(Context ctx) {
        Optional<JsonNode> json = RequestBody.of(ctx).json();
        if (json.isPresent() && !json.get().isObject()) {
            return Map.of();
        }
        return Fields.of(ctx).members(Set.of());
    }

    /**
     * {@code team_id} as PostHog reads it, with Python's {@code int()}: none named when it is missing, null or
     * empty; an id beyond a long names no project. Whether it is an integer is the use case's to say, once the
     * caller may act for the user.
     */
    private static TeamChoice team(Object teamId) {
        if (teamId == null || teamId instanceof String text && text.isEmpty()) {
            return new TeamChoice.Current();
        }
        return PythonText.integer(teamId)
                .<TeamChoice>map(n -> new TeamChoice.Named(n.bitLength() < Long.SIZE ? n.longValue() : 0L))
                .orElseGet(TeamChoice.NotAnInteger::new);
    }

    @JsonPropertyOrder({"repositories", "has_more"})
    record RepositoriesResponse(List<RepositoryResponse> repositories, @JsonProperty("has_more") boolean hasMore) {
    }
}
