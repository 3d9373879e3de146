package dev.burrow.application.user;

import dev.burrow.domain.user.UserId;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Which users have a second factor, for the user object's {@code is_2fa_enabled}. */
public interface SecondFactorDirectory {

    /** Those of {@code users} who have a confirmed second factor. */
    Set<UserId> withSecondFactor(Collection<UserId> users);

    /** Users with a second factor in any of {@code directories} (a TOTP device, or passkeys turned on for 2FA). */
    static SecondFactorDirectory anyOf(SecondFactorDirectory... directories) {
        List<SecondFactorDirectory> all = List.of(directories);
        return users -> {
            Set<UserId> found = new HashSet<>();
            for (SecondFactorDirectory directory : all) {
                found.addAll(directory.withSecondFactor(users));
            }
            return Set.copyOf(found);
        };
    }
}
