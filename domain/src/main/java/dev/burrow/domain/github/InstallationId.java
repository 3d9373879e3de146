package dev.burrow.domain.github;

import dev.burrow.domain.HostApi;

/** The id GitHub gives an installation of the GitHub App on an account (a user or an organization). */
@HostApi
public record InstallationId(long value) {

    public InstallationId {
        if (value <= 0) {
            throw new IllegalArgumentException("an installation id is positive, got " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
