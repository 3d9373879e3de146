package dev.burrow.domain.user;

import dev.burrow.domain.HostApi;

import dev.burrow.domain.failure.InvalidInputException;
import dev.burrow.domain.json.JsonDocument;

import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The settings a user keeps for themself. Nullable fields are nullable in PostHog too; the JSON-valued ones are
 * stored as given and replaced whole. Each is declared once more as a {@link Preference} in {@link #ALL}, which is
 * what the patch, its checks and the HTTP adapter's reader walk: a new preference is a component here, its
 * {@link Builder} lines, its default and its declaration (with its rule, if it has one).
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

    public static final Preference<Boolean> ANONYMIZE_DATA =
            Preference.of("anonymize_data", Boolean.class, Builder::anonymizeData);
    public static final Preference<Boolean> ALLOW_IMPERSONATION =
            Preference.of("allow_impersonation", Boolean.class, Builder::allowImpersonation);
    public static final Preference<ToolbarMode> TOOLBAR_MODE =
            Preference.of("toolbar_mode", ToolbarMode.class, Builder::toolbarMode);
    public static final Preference<JsonDocument> EVENTS_COLUMN_CONFIG =
            Preference.of("events_column_config", JsonDocument.class, Builder::eventsColumnConfig).notNull()
                    .harmless();
    public static final Preference<JsonDocument> HAS_SEEN_PRODUCT_INTRO_FOR =
            Preference.of("has_seen_product_intro_for", JsonDocument.class, Builder::hasSeenProductIntroFor)
                    .harmless();
    public static final Preference<ThemeMode> THEME_MODE =
            Preference.of("theme_mode", ThemeMode.class, Builder::themeMode).harmless();
    public static final Preference<JsonDocument> HEDGEHOG_CONFIG =
            Preference.of("hedgehog_config", JsonDocument.class, Builder::hedgehogConfig);
    public static final Preference<Boolean> ALLOW_SIDEBAR_SUGGESTIONS =
            Preference.of("allow_sidebar_suggestions", Boolean.class, Builder::allowSidebarSuggestions).harmless();
    public static final Preference<ShortcutPosition> SHORTCUT_POSITION =
            Preference.of("shortcut_position", ShortcutPosition.class, Builder::shortcutPosition).harmless();
    public static final Preference<RoleAtOrganization> ROLE_AT_ORGANIZATION =
            Preference.of("role_at_organization", RoleAtOrganization.class, Builder::roleAtOrganization).notNull()
                    .harmless();
    public static final Preference<Boolean> PASSKEYS_ENABLED_FOR_2FA =
            // Its rule needs the user's passkeys, which a value alone does not know: UserPatchRules applies
            // checkPasskeysEnabledFor2fa with them (issue 13).
            Preference.of("passkeys_enabled_for_2fa", Boolean.class, Builder::passkeysEnabledFor2fa);

    /**
     * Every preference, in the order of PostHog's serializer (the order their errors are found in); a new one goes
     * at the end, as PostHog adds its new fields.
     */
    public static final List<Preference<?>> ALL = List.of(ANONYMIZE_DATA, ALLOW_IMPERSONATION, TOOLBAR_MODE,
            EVENTS_COLUMN_CONFIG, HAS_SEEN_PRODUCT_INTRO_FOR, THEME_MODE, HEDGEHOG_CONFIG, ALLOW_SIDEBAR_SUGGESTIONS,
            SHORTCUT_POSITION, ROLE_AT_ORGANIZATION, PASSKEYS_ENABLED_FOR_2FA);

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
