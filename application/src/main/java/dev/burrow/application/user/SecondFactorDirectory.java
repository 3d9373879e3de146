package dev.burrow.application.user;

import dev.burrow.domain.user.UserId;

import java.util.Collection;
import java.util.Set;

/**
 * Which users have a second factor, for the user object's {@code is_2fa_enabled}: a TOTP device, or passkeys turned
 * on for 2FA with a verified one.
 */
public interface SecondFactorDirectory {

    /** Those of {@code users} who have a confirmed second factor. */
    Set<UserId> withSecondFactor(Collection<UserId> users);
}
