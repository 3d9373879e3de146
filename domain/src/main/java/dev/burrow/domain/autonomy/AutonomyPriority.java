package dev.burrow.domain.autonomy;

import dev.burrow.domain.user.Choice;

/** How urgent a signal must be before work on it starts by itself: P0 is the highest. */
public enum AutonomyPriority implements Choice {
    P0("P0"),
    P1("P1"),
    P2("P2"),
    P3("P3"),
    P4("P4");

    private final String value;

    AutonomyPriority(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }
}
