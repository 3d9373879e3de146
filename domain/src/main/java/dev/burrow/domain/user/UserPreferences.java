package dev.burrow.domain.user;

import dev.burrow.domain.json.JsonDocument;

/**
 * The settings a user keeps for themself. Nullable fields are nullable in PostHog too; the JSON-valued ones are
 * stored as given and replaced whole.
 */
public record UserPreferences(
        Boolean anonymizeData,
        Boolean allowImpersonation,
        ToolbarMode toolbarMode,
        JsonDocument eventsColumnConfig,
        JsonDocument hasSeenProductIntroFor,
        ThemeMode themeMode,
        JsonDocument hedgehogConfig,
        Boolean allowSidebarSuggestions,
        ShortcutPosition shortcutPosition,
        RoleAtOrganization roleAtOrganization,
        Boolean passkeysEnabledFor2fa) {

    /** The settings of a brand-new user, as PostHog's model defaults them. */
    public static UserPreferences defaults() {
        return new UserPreferences(false, true, ToolbarMode.TOOLBAR, new JsonDocument("{\"active\": \"DEFAULT\"}"),
                null, null, null, null, null, null, false);
    }
}
