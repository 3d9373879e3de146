package dev.burrow.domain.user;

import dev.burrow.domain.HostApi;

/** How the toolbar opens for this user; {@link #BLANK} is the empty choice PostHog also accepts. */
@HostApi
public enum ToolbarMode implements Choice {
    DISABLED("disabled"),
    TOOLBAR("toolbar"),
    BLANK("");

    private final String value;

    ToolbarMode(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }
}
