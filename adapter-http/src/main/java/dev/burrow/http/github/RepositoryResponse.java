package dev.burrow.http.github;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.burrow.domain.github.GithubRepository;

/** A repository as PostHog lists it: {@code id}, {@code name} and {@code full_name}, the rest only when known. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "name", "full_name", "private", "default_branch", "language", "pushed_at", "archived",
        "can_push"})
record RepositoryResponse(
        long id,
        String name,
        @JsonProperty("full_name") String fullName,
        @JsonProperty("private") Boolean isPrivate,
        @JsonProperty("default_branch") String defaultBranch,
        String language,
        @JsonProperty("pushed_at") String pushedAt,
        Boolean archived,
        @JsonProperty("can_push") Boolean canPush) {

    static RepositoryResponse from(GithubRepository repository) {
        return new RepositoryResponse(repository.id(), repository.name(), repository.fullName(),
                repository.isPrivate(), repository.defaultBranch(), repository.language(), repository.pushedAt(),
                repository.archived(), repository.canPush());
    }
}
