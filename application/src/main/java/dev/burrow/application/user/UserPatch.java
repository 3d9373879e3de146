package dev.burrow.application.user;

import dev.burrow.domain.json.JsonDocument;
import dev.burrow.domain.user.RoleAtOrganization;
import dev.burrow.domain.user.ShortcutPosition;
import dev.burrow.domain.user.ThemeMode;
import dev.burrow.domain.user.ToolbarMode;

import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

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

    /**
     * What PostHog checks within a field's own validation (its {@code validate_<field>} method or the model's
     * validators), run as soon as that field is read: Django REST framework reports the first field, in field
     * order, that failed any of its checks.
     */
    public interface FieldChecks {

        FieldChecks NONE = new FieldChecks() {
        };

        default void email(String email) {
        }

        default void notificationSettings(Map<String, Object> settings) {
        }

        default void setCurrentOrganization(String value) {
        }

        default void setCurrentTeam(String value) {
        }

        default void passkeysEnabledFor2fa(Boolean enabled) {
        }
    }

    /** Reads {@code body}; {@code replace} (PUT) makes {@code email} and {@code password} required. */
    public static UserPatch read(Map<String, ?> body, boolean replace) {
        return read(body, replace, FieldChecks.NONE);
    }

    /** Reads {@code body}, running {@code checks} on each checked field as soon as it is read. */
    public static UserPatch read(Map<String, ?> body, boolean replace, FieldChecks checks) {
        FieldReader reader = new FieldReader(body);
        Change<String> firstName = reader.displayName("first_name");
        Change<String> lastName = reader.displayName("last_name");
        Change<String> email = checked(reader.email(replace), checks::email);
        Change<Map<String, Object>> notificationSettings = checked(reader.dictionary("notification_settings"),
                checks::notificationSettings);
        Change<Boolean> anonymizeData = reader.bool("anonymize_data", true);
        Change<Boolean> allowImpersonation = reader.bool("allow_impersonation", true);
        Change<ToolbarMode> toolbarMode = reader.choice("toolbar_mode", ToolbarMode.class, true);
        Change<Boolean> staff = reader.bool("is_staff", false);
        Change<String> setCurrentOrganization = checked(reader.text("set_current_organization", false, true, null,
                false), checks::setCurrentOrganization);
        Change<String> setCurrentTeam = checked(reader.text("set_current_team", false, true, null, false),
                checks::setCurrentTeam);
        Change<String> password = reader.text("password", false, true, 128, replace);
        Change<String> currentPassword = reader.text("current_password", false, true, null, false);
        Change<JsonDocument> eventsColumnConfig = reader.json("events_column_config", false);
        Change<JsonDocument> hasSeenProductIntroFor = reader.json("has_seen_product_intro_for", true);
        Change<ThemeMode> themeMode = reader.choice("theme_mode", ThemeMode.class, true);
        Change<JsonDocument> hedgehogConfig = reader.json("hedgehog_config", true);
        Change<Boolean> allowSidebarSuggestions = reader.bool("allow_sidebar_suggestions", true);
        Change<ShortcutPosition> shortcutPosition = reader.choice("shortcut_position", ShortcutPosition.class, true);
        Change<RoleAtOrganization> roleAtOrganization = reader.choice("role_at_organization",
                RoleAtOrganization.class, false);
        Change<Boolean> passkeysEnabledFor2fa = checked(reader.bool("passkeys_enabled_for_2fa", true),
                checks::passkeysEnabledFor2fa);
        return new UserPatch(firstName, lastName, email, notificationSettings, anonymizeData, allowImpersonation,
                toolbarMode, staff, setCurrentOrganization, setCurrentTeam, password, currentPassword,
                eventsColumnConfig, hasSeenProductIntroFor, themeMode, hedgehogConfig, allowSidebarSuggestions,
                shortcutPosition, roleAtOrganization, passkeysEnabledFor2fa);
    }

    private static <T> Change<T> checked(Change<T> change, Consumer<T> check) {
        if (change != null) {
            check.accept(change.value());
        }
        return change;
    }
}
