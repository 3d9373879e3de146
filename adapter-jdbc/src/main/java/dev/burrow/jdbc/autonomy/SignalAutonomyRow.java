package dev.burrow.jdbc.autonomy;

import dev.burrow.domain.autonomy.AutonomyPriority;
import dev.burrow.domain.autonomy.SignalAutonomy;
import dev.burrow.domain.user.Choice;
import dev.burrow.domain.user.UserId;

import java.time.Instant;
import java.util.UUID;

/** One row of {@code signal_autonomy_configs}, column for column. */
record SignalAutonomyRow(UUID id, long userId, String autostartPriority, Instant createdAt, Instant updatedAt) {

    static SignalAutonomyRow of(SignalAutonomy autonomy) {
        AutonomyPriority priority = autonomy.autostartPriority();
        return new SignalAutonomyRow(autonomy.id(), autonomy.userId().value(),
                priority == null ? null : priority.value(), autonomy.createdAt(), autonomy.updatedAt());
    }

    // A value burrow never wrote reads as no priority, which starts nothing by itself, rather than making the
    // settings unreadable.
    SignalAutonomy toAutonomy() {
        AutonomyPriority priority = autostartPriority == null
                ? null : Choice.parse(AutonomyPriority.class, autostartPriority).orElse(null);
        return SignalAutonomy.restore(id, new UserId(userId), priority, createdAt, updatedAt);
    }
}
