package dev.burrow.domain.dashboard;

/** The integer id of a dashboard, which the host system owns. */
public record DashboardId(long value) {

    public DashboardId {
        if (value <= 0) {
            throw new IllegalArgumentException("a dashboard id is positive, got " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
