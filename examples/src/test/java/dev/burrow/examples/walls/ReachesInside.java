package dev.burrow.examples.walls;

import dev.burrow.domain.user.UserId;
import dev.burrow.http.UseCases;

/** A host class that reaches past the host API into burrow's wiring: what {@code HostApiTest} must catch. */
public final class ReachesInside {

    private ReachesInside() {
    }

    /** {@link UserId} is host API; {@link UseCases} is not. */
    public static String describe(UseCases useCases, UserId user) {
        return useCases + " for " + user;
    }
}
