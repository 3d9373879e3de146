package dev.burrow.jdbc.twofactor;

import dev.burrow.application.user.SecondFactorDirectory;
import dev.burrow.domain.user.UserId;
import dev.burrow.jdbc.database.Database;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who has a second factor (the user object's {@code is_2fa_enabled}) over burrow's tables: a TOTP device, or
 * passkeys turned on for 2FA with a verified passkey, in one statement for a whole page of users, where asking the
 * two stores one after another would cost two. The port-by-port answer is {@code Ports.secondFactors}.
 */
public final class JdbiSecondFactors implements SecondFactorDirectory {

    private final Database database;

    public JdbiSecondFactors(Database database) {
        this.database = database;
    }

    @Override
    public Set<UserId> withSecondFactor(Collection<UserId> users) {
        Set<Long> ids = new LinkedHashSet<>();
        users.forEach(user -> ids.add(user.value()));
        if (ids.isEmpty()) {
            return Set.of();
        }
        return database.listIn(TwoFactorQueries.WITH_SECOND_FACTOR, "users", ids, Long.class).stream()
                .map(UserId::new).collect(Collectors.toUnmodifiableSet());
    }
}
