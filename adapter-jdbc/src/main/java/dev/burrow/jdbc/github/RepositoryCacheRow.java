package dev.burrow.jdbc.github;

import dev.burrow.domain.github.GithubRepository;

import java.time.Instant;

/**
 * One row of a link's cache as read: when the list was read, and one of its repositories. A list read empty is one
 * row without a repository ({@code repositoryId} null), so that the time it was read still comes back.
 */
record RepositoryCacheRow(Instant readAt, Long repositoryId, String name, String fullName, Boolean isPrivate,
                          String defaultBranch, String language, String pushedAt, Boolean archived,
                          Boolean canPush) {

    boolean hasRepository() {
        return repositoryId != null;
    }

    GithubRepository toRepository() {
        return new GithubRepository(repositoryId, name, fullName, isPrivate, defaultBranch, language, pushedAt,
                archived, canPush);
    }
}
