package dev.burrow.domain.organization;

/** The integer id of a project (PostHog's "team"), as {@code team.id} and {@code set_current_team} carry it. */
public record ProjectId(long value) {

    public ProjectId {
        if (value <= 0) {
            throw new IllegalArgumentException("a project id is positive, got " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
