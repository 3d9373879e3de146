package dev.burrow.application.github;

import dev.burrow.application.actor.Actor;
import dev.burrow.application.organization.Affiliation;
import dev.burrow.application.organization.OrganizationDirectory;
import dev.burrow.application.throttle.SensitiveActions;
import dev.burrow.application.user.UserLookup;
import dev.burrow.domain.failure.BurrowException;
import dev.burrow.domain.failure.InvalidInputException;
import dev.burrow.domain.github.GithubInstallation;
import dev.burrow.domain.github.InstallationId;
import dev.burrow.domain.github.LinkFlow;
import dev.burrow.domain.github.LinkState;
import dev.burrow.domain.github.TeamInstallation;
import dev.burrow.domain.organization.Project;
import dev.burrow.domain.organization.ProjectId;
import dev.burrow.domain.secret.SecretTokens;
import dev.burrow.domain.user.User;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.random.RandomGenerator;

final class GithubLinkService implements GithubLinkUseCase {

    static final String TEAM_NOT_INTEGER = "team_id must be an integer";
    static final String TEAM_INACCESSIBLE = "Invalid or inaccessible team_id for this user.";
    /** The one client PostHog remembers starting a link from. */
    private static final String POSTHOG_CODE = "posthog_code";
    private static final int TOKEN_LENGTH = 48;

    private final UserLookup lookup;
    private final OrganizationDirectory directory;
    private final GithubInstallationRepository links;
    private final TeamInstallationDirectory teams;
    private final LinkStateRepository states;
    private final GithubAppGateway github;
    private final Clock clock;
    private final RandomGenerator random;
    private final SensitiveActions sensitive;

    GithubLinkService(UserLookup lookup, OrganizationDirectory directory, GithubInstallationRepository links,
                      TeamInstallationDirectory teams, LinkStateRepository states, GithubAppGateway github,
                      Clock clock, RandomGenerator random, SensitiveActions sensitive) {
        this.lookup = lookup;
        this.directory = directory;
        this.links = links;
        this.teams = teams;
        this.states = states;
        this.github = github;
        this.clock = clock;
        this.random = random;
        this.sensitive = sensitive;
    }

    /**
     * The state GitHub hands back is PostHog's form-encoded {@code token=...&source=user_integration}; only the
     * token's hash is kept, for ten minutes.
     */
    @Override
    public LinkStart start(StartLinkCommand command) {
        sensitive.guard(command.actor(), false, command.currentPasswordSent());
        User user = lookup.resolve(command.actor(), command.lookup());
        Optional<ProjectId> project = project(user, command.team());
        Optional<InstallationId> unlinkedTeamInstallation = project.stream()
                .flatMap(id -> teams.ofProject(id).stream()).findFirst().map(TeamInstallation::installationId)
                .filter(installation -> links.of(user.id(), installation).isEmpty());
        String token = SecretTokens.alphanumeric(random, TOKEN_LENGTH);
        String state = "token=" + token + "&source=user_integration";
        LinkFlow flow = unlinkedTeamInstallation.isPresent() ? LinkFlow.OAUTH_AUTHORIZE : LinkFlow.APP_INSTALL;
        URI url = flow == LinkFlow.OAUTH_AUTHORIZE ? github.authorizeUrl(state) : github.installUrl(state);
        Instant now = clock.instant();
        states.deleteExpired(now);
        states.save(new LinkState(LinkState.hash(token), user.id(), flow, unlinkedTeamInstallation.orElse(null),
                POSTHOG_CODE.equals(command.connectFrom()) ? POSTHOG_CODE : null, now.plus(LinkState.LIFETIME)));
        return new LinkStart(url, flow);
    }

    /** The reasons are PostHog's, so a front end written for it shows the same messages. */
    @Override
    public LinkOutcome complete(Actor actor, Callback callback) {
        if (callback.error() != null) {
            return LinkOutcome.failure("access_denied".equals(callback.error()) ? "access_denied"
                    : "github_oauth_error");
        }
        if (isBlank(callback.code()) || isBlank(callback.state())) {
            return LinkOutcome.failure("missing_params");
        }
        if (actor == null) {
            return LinkOutcome.failure("not_authenticated");
        }
        Optional<LinkState> state = tokenOf(callback.state()).flatMap(token -> states.take(LinkState.hash(token)));
        if (state.isPresent() && !state.get().userId().equals(actor.userId())) {
            // Someone else's link: theirs to finish, so it goes back untouched.
            states.save(state.get());
            return LinkOutcome.failure("invalid_state");
        }
        if (state.isEmpty() || !state.get().isLiveAt(clock.instant())) {
            return LinkOutcome.failure("invalid_state");
        }
        InstallationId installation;
        if (state.get().flow() == LinkFlow.OAUTH_AUTHORIZE) {
            installation = state.get().installationId();
        } else if (isBlank(callback.installationId())) {
            return LinkOutcome.failure("missing_params");
        } else {
            Optional<InstallationId> named = installationOf(callback.installationId());
            if (named.isEmpty()) {
                return LinkOutcome.failure("invalid_installation_id");
            }
            installation = named.get();
        }
        GithubAppGateway.GithubUser githubUser;
        try {
            githubUser = github.authorize(callback.code());
        } catch (BurrowException e) {
            return LinkOutcome.failure("exchange_failed");
        }
        // The user must reach the installation themselves: a state and an id in the URL prove nothing.
        Optional<GithubAppGateway.Reachable> reachable = githubUser.installations().stream()
                .filter(candidate -> candidate.id().equals(installation)).findFirst();
        if (reachable.isEmpty()) {
            return LinkOutcome.failure("installation_not_authorized");
        }
        GithubInstallation saved = links.save(GithubInstallation.link(UUID.randomUUID(), state.get().userId(),
                installation, reachable.get().account(), reachable.get().repositorySelection(), githubUser.login(),
                clock.instant()));
        // A link made again may reach other repositories now: the list is read afresh.
        links.forgetCache(saved.id());
        return LinkOutcome.success();
    }

    /**
     * {@code team_id} when sent (an integer naming a project the user may reach), else the current project if the
     * user still reaches it (a private one saved before is not theirs to use).
     */
    private Optional<ProjectId> project(User user, TeamChoice team) {
        if (team instanceof TeamChoice.Current) {
            return Optional.ofNullable(user.current().projectId()).flatMap(directory::project)
                    .filter(found -> reaches(user, found)).map(Project::id);
        }
        if (!(team instanceof TeamChoice.Named named)) {
            throw InvalidInputException.invalid(TEAM_NOT_INTEGER, null);
        }
        long id = named.id();
        Optional<Project> project = id > 0 ? directory.project(new ProjectId(id)) : Optional.empty();
        return Optional.of(project.filter(found -> reaches(user, found))
                .orElseThrow(() -> InvalidInputException.invalid(TEAM_INACCESSIBLE, null)).id());
    }

    private boolean reaches(User user, Project project) {
        List<Affiliation> memberships = directory.affiliationsOf(List.of(user.id())).getOrDefault(user.id(),
                List.of());
        return memberships.stream().anyMatch(a -> a.reaches(project));
    }

    /** The token inside PostHog's state: {@code token=...&source=...}, form-encoded. */
    private static Optional<String> tokenOf(String state) {
        for (String pair : state.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8).equals("token")) {
                String token = URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                return token.isEmpty() ? Optional.empty() : Optional.of(token);
            }
        }
        return Optional.empty();
    }

    private static Optional<InstallationId> installationOf(String digits) {
        if (digits == null || !digits.matches("\\d{1,18}") || Long.parseLong(digits) == 0) {
            return Optional.empty();
        }
        return Optional.of(new InstallationId(Long.parseLong(digits)));
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
