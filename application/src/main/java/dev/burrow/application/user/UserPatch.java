package dev.burrow.application.user;

import dev.burrow.domain.json.JsonDocument;
import dev.burrow.domain.user.RoleAtOrganization;
import dev.burrow.domain.user.ShortcutPosition;
import dev.burrow.domain.user.ThemeMode;
import dev.burrow.domain.user.ToolbarMode;

import java.util.Map;
import java.util.Set;

/**
 * The writable fields of a user, read from a request body the way PostHog's serializer reads them: in its field
 * order (the first bad field is the one reported), with Django REST framework's coercions (booleans spelled
 * {@code "yes"} or {@code 1}, numbers accepted as text) and messages. Unknown and read-only keys are ignored.
 * Body values are plain Java as JSON decodes to, with the JSON-valued fields already {@link JsonDocument}s.
 * A field that was not sent is null; {@link Change} carries one that was, even when set to null.
 */
public record UserPatch(
        Change<String> firstName,
        Change<String> lastName,
        Change<String> email,
        Change<Map<String, Object>> notificationSettings,
        Change<Boolean> anonymizeData,
        Change<Boolean> allowImpersonation,
        Change<ToolbarMode> toolbarMode,
        Change<Boolean> staff,
        Change<String> setCurrentOrganization,
        Change<String> setCurrentTeam,
        Change<String> password,
        Change<String> currentPassword,
        Change<JsonDocument> eventsColumnConfig,
        Change<JsonDocument> hasSeenProductIntroFor,
        Change<ThemeMode> themeMode,
        Change<JsonDocument> hedgehogConfig,
        Change<Boolean> allowSidebarSuggestions,
        Change<ShortcutPosition> shortcutPosition,
        Change<RoleAtOrganization> roleAtOrganization,
        Change<Boolean> passkeysEnabledFor2fa) {

    /** A field that was sent, with the value it was given (which may be null). */
    public record Change<T>(T value) {
    }

    /** The keys that may change without a recent login (PostHog's allow-list for the sensitive-action gate). */
    public static final Set<String> HARMLESS_KEYS = Set.of("theme_mode", "set_current_organization",
            "set_current_team", "allow_sidebar_suggestions", "shortcut_position", "has_seen_product_intro_for",
            "events_column_config", "role_at_organization");

    /** Reads {@code body}; {@code replace} (PUT) makes {@code email} and {@code password} required. */
    public static UserPatch read(Map<String, ?> body, boolean replace) {
        FieldReader reader = new FieldReader(body);
        return new UserPatch(
                reader.displayName("first_name"),
                reader.displayName("last_name"),
                reader.email(replace),
                reader.dictionary("notification_settings"),
                reader.bool("anonymize_data", true),
                reader.bool("allow_impersonation", true),
                reader.choice("toolbar_mode", ToolbarMode.class, true),
                reader.bool("is_staff", false),
                reader.text("set_current_organization", false, true, null, false),
                reader.text("set_current_team", false, true, null, false),
                reader.text("password", false, true, 128, replace),
                reader.text("current_password", false, true, null, false),
                reader.json("events_column_config", false),
                reader.json("has_seen_product_intro_for", true),
                reader.choice("theme_mode", ThemeMode.class, true),
                reader.json("hedgehog_config", true),
                reader.bool("allow_sidebar_suggestions", true),
                reader.choice("shortcut_position", ShortcutPosition.class, true),
                reader.choice("role_at_organization", RoleAtOrganization.class, false),
                reader.bool("passkeys_enabled_for_2fa", true));
    }
}
