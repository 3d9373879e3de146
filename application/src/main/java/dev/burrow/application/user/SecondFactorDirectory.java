package dev.burrow.application.user;

import dev.burrow.domain.user.UserId;

import java.util.Collection;
import java.util.Set;

/** Which users have a second factor, for the user object's {@code is_2fa_enabled}. */
public interface SecondFactorDirectory {

    /** Those of {@code users} who have a confirmed second factor. */
    Set<UserId> withSecondFactor(Collection<UserId> users);
}
