package dev.burrow.domain.github;

import java.util.Locale;
import java.util.Objects;

/**
 * A repository an installation can reach, as GitHub lists it. {@code id}, {@code name} and {@code fullName} are
 * always known; the rest is null when GitHub did not say.
 */
public record GithubRepository(long id, String name, String fullName, Boolean isPrivate, String defaultBranch,
                               String language, String pushedAt, Boolean archived, Boolean canPush) {

    public GithubRepository {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(fullName, "fullName");
    }

    /** Whether the full name contains {@code search}, ignoring case; a blank search matches everything. */
    public boolean matches(String search) {
        String wanted = search.strip().toLowerCase(Locale.ROOT);
        return wanted.isEmpty() || fullName.toLowerCase(Locale.ROOT).contains(wanted);
    }
}
