package dev.burrow.application.twofactor;

import dev.burrow.application.user.SecondFactorDirectory;
import dev.burrow.domain.twofactor.TotpDevice;
import dev.burrow.domain.user.UserId;

import java.time.Instant;
import java.util.Optional;

/**
 * Where users' TOTP devices are kept: at most one per user. As the {@link SecondFactorDirectory} the profile reads,
 * it answers for every second factor burrow keeps: a TOTP device, or passkeys turned on for 2FA with a verified one.
 */
public interface TotpDeviceRepository extends SecondFactorDirectory {

    Optional<TotpDevice> of(UserId userId);

    /** Stores the user's device, replacing any earlier one. */
    void save(TotpDevice device);

    /**
     * Records that a code from {@code step} was accepted, unless a code from that step or a later one already was;
     * whether this call won. Atomic, so a code raced by two requests is accepted once.
     */
    boolean acceptStep(UserId userId, long step);

    /** Counts a wrong code offered at {@code at}. */
    void recordFailure(UserId userId, Instant at);

    void delete(UserId userId);
}
