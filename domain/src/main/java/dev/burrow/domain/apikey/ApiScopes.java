package dev.burrow.domain.apikey;

import dev.burrow.domain.HostApi;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The scopes an API key holds, in the order they were given (PostHog shows them back that way). An empty set is an
 * old key from before scopes, which may do everything.
 */
@HostApi
public record ApiScopes(Set<ApiScope> scopes) {

    public static final ApiScopes ALL = new ApiScopes(Set.of(ApiScope.ALL));

    public ApiScopes {
        scopes = Collections.unmodifiableSet(new LinkedHashSet<>(scopes));
    }

    public static ApiScopes of(Collection<ApiScope> scopes) {
        return new ApiScopes(new LinkedHashSet<>(scopes));
    }

    /** Parses each value, failing on the first one that is not a scope. */
    public static ApiScopes parse(Collection<String> values) {
        LinkedHashSet<ApiScope> parsed = new LinkedHashSet<>();
        for (String value : values) {
            parsed.add(ApiScope.parse(value));
        }
        return new ApiScopes(parsed);
    }

    /** Whether a key with these scopes may do what {@code required} guards; write access implies read access. */
    public boolean allows(ApiScope required) {
        return scopes.isEmpty() || scopes.contains(ApiScope.ALL) || scopes.contains(required)
                || scopes.contains(required.impliedByWrite());
    }

    /** Whether a key with these scopes may do everything (it holds {@code *}, or is an old key without scopes). */
    public boolean isUnlimited() {
        return scopes.isEmpty() || scopes.contains(ApiScope.ALL);
    }

    /**
     * Whether every permission of {@code other} is also one of these, so a key with these scopes may hand
     * {@code other} on without granting more than it has.
     */
    public boolean covers(ApiScopes other) {
        if (isUnlimited()) {
            return true;
        }
        return !other.isUnlimited() && other.scopes.stream().allMatch(this::allows);
    }

    /** The scopes as PostHog lists them, in the order given; {@code ["*"]} for an old key. */
    public List<String> values() {
        if (scopes.isEmpty()) {
            return List.of("*");
        }
        return scopes.stream().map(ApiScope::value).toList();
    }
}
