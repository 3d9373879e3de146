package dev.burrow.application.twofactor;

import dev.burrow.application.actor.Actor;
import dev.burrow.domain.twofactor.TwoFactorStatus;

/** PostHog's {@code two_factor_status} of {@code @me} or, for staff, of any user. */
public interface TwoFactorStatusUseCase {

    TwoFactorStatus status(TwoFactorStatusQuery query);

    /** {@code lookup} is {@code @me} or a user's UUID, as the URL carries it. */
    record TwoFactorStatusQuery(Actor actor, String lookup) {
    }
}
