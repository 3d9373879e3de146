package dev.burrow.jdbc.github;

import dev.burrow.domain.github.GithubRepository;

/** One row of {@code github_cached_repositories} as written: a repository and its place in GitHub's list. */
record CachedRepositoryRow(int ordinal, long repositoryId, String name, String fullName, Boolean isPrivate,
                           String defaultBranch, String language, String pushedAt, Boolean archived,
                           Boolean canPush) {

    static CachedRepositoryRow of(int ordinal, GithubRepository repository) {
        return new CachedRepositoryRow(ordinal, repository.id(), repository.name(), repository.fullName(),
                repository.isPrivate(), repository.defaultBranch(), repository.language(), repository.pushedAt(),
                repository.archived(), repository.canPush());
    }
}
