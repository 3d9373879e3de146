package dev.burrow.domain.github;

import dev.burrow.domain.user.UserId;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * A user's link to a GitHub App installation: which installation, on which account, with which repositories
 * selected, and who the user is on GitHub. At most one per user and installation.
 */
public final class GithubInstallation {

    private final UUID id;
    private final UserId userId;
    private final InstallationId installationId;
    private final GithubAccount account;
    private final String repositorySelection;
    private final String githubLogin;
    private final Instant createdAt;
    private final Instant updatedAt;

    private GithubInstallation(UUID id, UserId userId, InstallationId installationId, GithubAccount account,
                               String repositorySelection, String githubLogin, Instant createdAt, Instant updatedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.userId = Objects.requireNonNull(userId, "userId");
        this.installationId = Objects.requireNonNull(installationId, "installationId");
        this.account = account;
        this.repositorySelection = repositorySelection;
        this.githubLogin = githubLogin;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** A new link, made when the user comes back from GitHub. */
    public static GithubInstallation link(UUID id, UserId userId, InstallationId installationId, GithubAccount account,
                                          String repositorySelection, String githubLogin, Instant now) {
        Instant at = now.truncatedTo(ChronoUnit.MICROS);
        return new GithubInstallation(id, userId, installationId, account, repositorySelection, githubLogin, at, at);
    }

    public static GithubInstallation restore(UUID id, UserId userId, InstallationId installationId,
                                             GithubAccount account, String repositorySelection, String githubLogin,
                                             Instant createdAt, Instant updatedAt) {
        return new GithubInstallation(id, userId, installationId, account, repositorySelection, githubLogin,
                createdAt, updatedAt);
    }

    /** The same link with what GitHub says now, when the user links the installation again. */
    public GithubInstallation relinked(GithubAccount newAccount, String newSelection, String newLogin, Instant now) {
        return new GithubInstallation(id, userId, installationId, newAccount, newSelection, newLogin, createdAt,
                now.truncatedTo(ChronoUnit.MICROS));
    }

    public UUID id() {
        return id;
    }

    public UserId userId() {
        return userId;
    }

    public InstallationId installationId() {
        return installationId;
    }

    public GithubAccount account() {
        return account;
    }

    public String repositorySelection() {
        return repositorySelection;
    }

    public String githubLogin() {
        return githubLogin;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GithubInstallation that && id.equals(that.id) && userId.equals(that.userId)
                && installationId.equals(that.installationId) && Objects.equals(account, that.account)
                && Objects.equals(repositorySelection, that.repositorySelection)
                && Objects.equals(githubLogin, that.githubLogin) && createdAt.equals(that.createdAt)
                && updatedAt.equals(that.updatedAt);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "GithubInstallation[user=" + userId + ", installation=" + installationId + "]";
    }
}
