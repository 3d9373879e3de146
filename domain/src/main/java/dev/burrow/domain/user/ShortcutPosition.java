package dev.burrow.domain.user;

import dev.burrow.domain.HostApi;

/** Where the shortcut bar sits; {@link #BLANK} is the empty choice PostHog also accepts. */
@HostApi
public enum ShortcutPosition implements Choice {
    ABOVE("above"),
    BELOW("below"),
    HIDDEN("hidden"),
    BLANK("");

    private final String value;

    ShortcutPosition(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }
}
