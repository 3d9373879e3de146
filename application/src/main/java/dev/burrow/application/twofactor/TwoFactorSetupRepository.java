package dev.burrow.application.twofactor;

import dev.burrow.domain.twofactor.TwoFactorSetup;

import java.util.Optional;

/** Where 2FA setups wait for their first code: one per session, in storage every instance shares. */
public interface TwoFactorSetupRepository {

    /** Stores the setup, replacing any earlier one of the same session. */
    void save(TwoFactorSetup setup);

    Optional<TwoFactorSetup> ofSession(String sessionId);

    void delete(String sessionId);
}
