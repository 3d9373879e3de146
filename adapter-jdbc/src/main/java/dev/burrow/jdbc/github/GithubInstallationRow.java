package dev.burrow.jdbc.github;

import dev.burrow.domain.github.GithubAccount;
import dev.burrow.domain.github.GithubInstallation;
import dev.burrow.domain.github.InstallationId;
import dev.burrow.domain.user.UserId;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** The columns of {@code github_installations} a link is made of; the account is two columns, null together. */
record GithubInstallationRow(UUID id, long userId, long installationId, String accountType, String accountName,
                             String repositorySelection, String githubLogin, Instant createdAt, Instant updatedAt) {

    // Times are written as both databases keep them, to the microsecond, so the link saved is the link read back.
    static GithubInstallationRow of(GithubInstallation link) {
        GithubAccount account = link.account();
        return new GithubInstallationRow(link.id(), link.userId().value(), link.installationId().value(),
                account == null ? null : account.type(), account == null ? null : account.name(),
                link.repositorySelection(), link.githubLogin(), link.createdAt().truncatedTo(ChronoUnit.MICROS),
                link.updatedAt().truncatedTo(ChronoUnit.MICROS));
    }

    /** This row with what {@code newer} says of the installation now: the id and creation time stay. */
    GithubInstallationRow relinked(GithubInstallationRow newer) {
        return new GithubInstallationRow(id, userId, installationId, newer.accountType, newer.accountName,
                newer.repositorySelection, newer.githubLogin, createdAt, newer.updatedAt);
    }

    // An account of which GitHub said nothing at all reads back as no account.
    GithubInstallation toInstallation() {
        GithubAccount account = accountType == null && accountName == null
                ? null : new GithubAccount(accountType, accountName);
        return GithubInstallation.restore(id, new UserId(userId), new InstallationId(installationId), account,
                repositorySelection, githubLogin, createdAt, updatedAt);
    }
}
