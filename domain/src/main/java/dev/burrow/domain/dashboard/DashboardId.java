package dev.burrow.domain.dashboard;

import dev.burrow.domain.HostApi;

/** The integer id of a dashboard, which the host system owns. */
@HostApi
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
