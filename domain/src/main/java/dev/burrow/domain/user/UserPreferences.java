package dev.burrow.domain.user;

import dev.burrow.domain.HostApi;

import dev.burrow.domain.failure.InvalidInputException;
import dev.burrow.domain.json.JsonDocument;

import java.util.function.BooleanSupplier;

/**
 * The settings a user keeps for themself. Nullable fields are nullable in PostHog too; the JSON-valued ones are
 * stored as given and replaced whole.
 */
@HostApi
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

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Changes some settings and keeps the rest. */
    @HostApi
    public static final class Builder {
        private Boolean anonymizeData;
        private Boolean allowImpersonation;
        private ToolbarMode toolbarMode;
        private JsonDocument eventsColumnConfig;
        private JsonDocument hasSeenProductIntroFor;
        private ThemeMode themeMode;
        private JsonDocument hedgehogConfig;
        private Boolean allowSidebarSuggestions;
        private ShortcutPosition shortcutPosition;
        private RoleAtOrganization roleAtOrganization;
        private Boolean passkeysEnabledFor2fa;

        private Builder(UserPreferences from) {
            anonymizeData = from.anonymizeData;
            allowImpersonation = from.allowImpersonation;
            toolbarMode = from.toolbarMode;
            eventsColumnConfig = from.eventsColumnConfig;
            hasSeenProductIntroFor = from.hasSeenProductIntroFor;
            themeMode = from.themeMode;
            hedgehogConfig = from.hedgehogConfig;
            allowSidebarSuggestions = from.allowSidebarSuggestions;
            shortcutPosition = from.shortcutPosition;
            roleAtOrganization = from.roleAtOrganization;
            passkeysEnabledFor2fa = from.passkeysEnabledFor2fa;
        }

        public Builder anonymizeData(Boolean value) {
            anonymizeData = value;
            return this;
        }

        public Builder allowImpersonation(Boolean value) {
            allowImpersonation = value;
            return this;
        }

        public Builder toolbarMode(ToolbarMode value) {
            toolbarMode = value;
            return this;
        }

        public Builder eventsColumnConfig(JsonDocument value) {
            eventsColumnConfig = value;
            return this;
        }

        public Builder hasSeenProductIntroFor(JsonDocument value) {
            hasSeenProductIntroFor = value;
            return this;
        }

        public Builder themeMode(ThemeMode value) {
            themeMode = value;
            return this;
        }

        public Builder hedgehogConfig(JsonDocument value) {
            hedgehogConfig = value;
            return this;
        }

        public Builder allowSidebarSuggestions(Boolean value) {
            allowSidebarSuggestions = value;
            return this;
        }

        public Builder shortcutPosition(ShortcutPosition value) {
            shortcutPosition = value;
            return this;
        }

        public Builder roleAtOrganization(RoleAtOrganization value) {
            roleAtOrganization = value;
            return this;
        }

        public Builder passkeysEnabledFor2fa(Boolean value) {
            passkeysEnabledFor2fa = value;
            return this;
        }

        public UserPreferences build() {
            return new UserPreferences(anonymizeData, allowImpersonation, toolbarMode, eventsColumnConfig,
                    hasSeenProductIntroFor, themeMode, hedgehogConfig, allowSidebarSuggestions, shortcutPosition,
                    roleAtOrganization, passkeysEnabledFor2fa);
        }
    }

    /**
     * PostHog refuses to turn on passkeys as a second factor for a user without a verified passkey
     * ({@code hasVerifiedPasskey} is asked only then); off (or null) is always fine.
     */
    public static void checkPasskeysEnabledFor2fa(Boolean enabled, BooleanSupplier hasVerifiedPasskey) {
        if (Boolean.TRUE.equals(enabled) && !hasVerifiedPasskey.getAsBoolean()) {
            throw new InvalidInputException("no_passkeys",
                    "You must have at least one passkey set up before enabling passkeys for 2FA.",
                    "passkeys_enabled_for_2fa");
        }
    }

    /** The settings of a brand-new user, as PostHog's model defaults them. */
    public static UserPreferences defaults() {
        return new UserPreferences(false, true, ToolbarMode.TOOLBAR, new JsonDocument("{\"active\": \"DEFAULT\"}"),
                null, null, null, null, null, null, false);
    }
}
