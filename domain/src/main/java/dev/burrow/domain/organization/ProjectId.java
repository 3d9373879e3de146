package dev.burrow.domain.organization;

import dev.burrow.domain.HostApi;

import java.util.Optional;

/** The integer id of a project (PostHog's "team"), as {@code team.id} and {@code set_current_team} carry it. */
@HostApi
public record ProjectId(long value) {

    public ProjectId {
        if (value <= 0) {
            throw new IllegalArgumentException("a project id is positive, got " + value);
        }
    }

    /**
     * The project id in {@code text} as {@code set_current_team} sends it: a positive integer, spaces around it
     * allowed; anything else (zero, negative, too large, not a number) names no project.
     */
    public static Optional<ProjectId> parse(String text) {
        try {
            long id = Long.parseLong(text.strip());
            return id > 0 ? Optional.of(new ProjectId(id)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
