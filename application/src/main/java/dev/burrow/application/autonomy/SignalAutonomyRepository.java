package dev.burrow.application.autonomy;

import dev.burrow.domain.autonomy.SignalAutonomy;
import dev.burrow.domain.user.UserId;

import java.util.Optional;

/** Where users' signal autonomy settings are kept: one row per user at most. */
public interface SignalAutonomyRepository {

    Optional<SignalAutonomy> of(UserId userId);

    /** Adds a user's first settings; false when the user already has some (another request may just have). */
    boolean add(SignalAutonomy autonomy);

    /** Stores changed settings; false when the user has none (they were deleted meanwhile). */
    boolean update(SignalAutonomy autonomy);

    /** Forgets the user's settings, if any. */
    void delete(UserId userId);
}
