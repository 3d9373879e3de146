package dev.burrow.jdbc.twofactor;

import dev.burrow.domain.twofactor.TotpSecret;
import dev.burrow.domain.twofactor.TwoFactorSetup;
import dev.burrow.domain.user.UserId;

import java.time.Instant;

/** One row of {@code two_factor_setups}. */
record TwoFactorSetupRow(String sessionId, long userId, String secretHex, Instant startedAt) {

    static TwoFactorSetupRow of(TwoFactorSetup setup) {
        return new TwoFactorSetupRow(setup.sessionId(), setup.userId().value(), setup.secret().hex(),
                setup.startedAt());
    }

    TwoFactorSetup toSetup() {
        return new TwoFactorSetup(sessionId, new UserId(userId), TotpSecret.ofHex(secretHex), startedAt);
    }

    /** Never print the secret, nor the hash of the session's key, by accident. */
    @Override
    public String toString() {
        return "TwoFactorSetupRow[sessionId=***, userId=" + userId + ", secretHex=***, startedAt=" + startedAt + "]";
    }
}
