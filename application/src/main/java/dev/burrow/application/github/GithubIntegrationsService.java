package dev.burrow.application.github;

import dev.burrow.application.github.GithubInstallationRepository.RepositoryCache;
import dev.burrow.application.user.UserLookup;
import dev.burrow.domain.failure.BurrowException;
import dev.burrow.domain.failure.InvalidInputException;
import dev.burrow.domain.failure.NotFoundException;
import dev.burrow.domain.github.GithubInstallation;
import dev.burrow.domain.github.GithubRepository;
import dev.burrow.domain.github.InstallationId;
import dev.burrow.domain.github.TeamInstallation;
import dev.burrow.domain.organization.ProjectId;
import dev.burrow.domain.text.PythonText;
import dev.burrow.domain.user.User;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

final class GithubIntegrationsService implements GithubIntegrationsUseCase {

    static final String NO_INTEGRATION = "No GitHub integration found for this installation.";
    /** How long a repository list read from GitHub is served before it is read again. */
    static final Duration CACHE_LIFETIME = Duration.ofHours(1);
    /** How long a stale list is served without asking GitHub again after it failed. */
    static final Duration QUIET_AFTER_FAILURE = Duration.ofMinutes(2);
    private static final int DEFAULT_LIMIT = 100;
    private static final int MAX_LIMIT = 500;
    /** DRF's IntegerField lets a decimal point followed only by zeros through: {@code 10.0} is 10. */
    private static final Pattern ZERO_DECIMALS = Pattern.compile("\\.0*$");

    private final UserLookup lookup;
    private final GithubInstallationRepository links;
    private final TeamInstallationDirectory teams;
    private final GithubAppGateway github;
    private final Clock clock;
    private final Map<UUID, Instant> quietUntil = new ConcurrentHashMap<>();
    private final Map<UUID, CompletableFuture<List<GithubRepository>>> refreshing = new ConcurrentHashMap<>();

    GithubIntegrationsService(UserLookup lookup, GithubInstallationRepository links, TeamInstallationDirectory teams,
                              GithubAppGateway github, Clock clock) {
        this.lookup = lookup;
        this.links = links;
        this.teams = teams;
        this.github = github;
        this.clock = clock;
    }

    /** Shared: the installation is one the user's current project is connected to (PostHog's current_team). */
    @Override
    public List<IntegrationView> list(IntegrationsQuery query) {
        User user = lookup.resolve(query.actor(), query.lookup());
        ProjectId project = user.current().projectId();
        Set<InstallationId> shared = project == null ? Set.of() : teams.ofProject(project).stream()
                .map(TeamInstallation::installationId).collect(Collectors.toSet());
        return links.ofUser(user.id()).stream()
                .map(link -> new IntegrationView(link, shared.contains(link.installationId()))).toList();
    }

    /**
     * The link goes first; then, when no other user's link and no project uses the installation, the App is
     * removed from it on GitHub, best effort: a GitHub failure does not undo the unlinking.
     */
    @Override
    public void unlink(UnlinkCommand command) {
        User user = lookup.resolve(command.actor(), command.lookup());
        InstallationId installation = installation(command.installationId());
        if (!links.delete(user.id(), installation)) {
            throw new NotFoundException(NO_INTEGRATION);
        }
        if (!links.isLinked(installation) && !teams.isConnected(installation)) {
            try {
                github.uninstall(installation);
            } catch (BurrowException e) {
                // Best effort, as in PostHog: the gateway has logged what GitHub said.
            }
        }
    }

    @Override
    public RepositoryPage repositories(RepositoriesQuery query) {
        User user = lookup.resolve(query.actor(), query.lookup());
        String search = query.search() == null ? "" : query.search();
        int limit = (int) integer(query.limit(), "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        long offset = integer(query.offset(), "offset", 0, 0, Long.MAX_VALUE);
        GithubInstallation link = links.of(user.id(), installation(query.installationId()))
                .orElseThrow(() -> new NotFoundException(NO_INTEGRATION));
        List<GithubRepository> matching = repositoriesOf(link).stream().filter(repo -> repo.matches(search))
                .toList();
        int from = (int) Math.min(offset, matching.size());
        int to = Math.min(from + limit, matching.size());
        return new RepositoryPage(matching.subList(from, to), offset < matching.size() - limit);
    }

    /** The personal link's login first, then an installation this user connected to a project. */
    @Override
    public Optional<String> githubLogin(GithubLoginQuery query) {
        User user = lookup.resolve(query.actor(), query.lookup());
        return links.ofUser(user.id()).stream().map(GithubInstallation::githubLogin).filter(Objects::nonNull)
                .findFirst()
                .or(() -> teams.connectedBy(user.id()).stream().map(TeamInstallation::connectingLogin)
                        .filter(Objects::nonNull).findFirst());
    }

    /**
     * The list kept on the link while it is younger than an hour; else read again from GitHub and kept. When
     * GitHub fails, an older list is better than none, and GitHub is left alone for a while rather than making
     * every request wait for it to fail again; with no list at all the failure is the answer.
     */
    private List<GithubRepository> repositoriesOf(GithubInstallation link) {
        Instant now = clock.instant();
        Optional<RepositoryCache> cached = links.cache(link.id());
        boolean fresh = cached.isPresent() && now.isBefore(cached.get().readAt().plus(CACHE_LIFETIME));
        boolean resting = cached.isPresent() && now.isBefore(quietUntil.getOrDefault(link.id(), Instant.MIN));
        if (fresh || resting) {
            return cached.get().repositories();
        }
        try {
            List<GithubRepository> read = refresh(link, now);
            quietUntil.remove(link.id());
            return read;
        } catch (BurrowException e) {
            if (cached.isEmpty()) {
                throw e;
            }
            quietUntil.put(link.id(), now.plus(QUIET_AFTER_FAILURE));
            return cached.get().repositories();
        }
    }

    /** One read of GitHub per link at a time on this instance: requests arriving meanwhile share its result. */
    private List<GithubRepository> refresh(GithubInstallation link, Instant now) {
        CompletableFuture<List<GithubRepository>> mine = new CompletableFuture<>();
        CompletableFuture<List<GithubRepository>> running = refreshing.putIfAbsent(link.id(), mine);
        if (running != null) {
            try {
                return running.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }
        try {
            List<GithubRepository> read = github.repositories(link.installationId());
            links.replaceCache(link.id(), read, now);
            mine.complete(read);
            return read;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            refreshing.remove(link.id(), mine);
        }
    }

    /** The URL only routes digits here; a number no installation can have is simply not found. */
    private static InstallationId installation(String digits) {
        try {
            long value = Long.parseLong(digits);
            if (value > 0) {
                return new InstallationId(value);
            }
        } catch (NumberFormatException e) {
            // too large for any installation
        }
        throw new NotFoundException(NO_INTEGRATION);
    }

    /** A query parameter read as DRF's IntegerField reads it, with its messages. */
    private static long integer(String raw, String name, long fallback, long min, long max) {
        // DRF reads an empty query parameter of an optional field as not sent.
        if (raw == null || raw.isEmpty()) {
            return fallback;
        }
        long value = PythonText.integer(ZERO_DECIMALS.matcher(PythonText.strip(raw)).replaceFirst(""))
                .map(n -> n.bitLength() < Long.SIZE ? n.longValue() : n.signum() * Long.MAX_VALUE)
                .orElseThrow(() -> InvalidInputException.invalid("A valid integer is required.", name));
        if (value > max) {
            throw new InvalidInputException("max_value", "Ensure this value is less than or equal to " + max + ".",
                    name);
        }
        if (value < min) {
            throw new InvalidInputException("min_value",
                    "Ensure this value is greater than or equal to " + min + ".", name);
        }
        return value;
    }
}
