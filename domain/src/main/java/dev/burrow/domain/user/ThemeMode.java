package dev.burrow.domain.user;

import dev.burrow.domain.HostApi;

/** The colour theme of the app; {@link #BLANK} is the empty choice PostHog also accepts. */
@HostApi
public enum ThemeMode implements Choice {
    LIGHT("light"),
    DARK("dark"),
    SYSTEM("system"),
    BLANK("");

    private final String value;

    ThemeMode(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }
}
