package dev.burrow.application.user;

import dev.burrow.domain.json.JsonDocument;
import dev.burrow.domain.user.RoleAtOrganization;
import dev.burrow.domain.user.ShortcutPosition;
import dev.burrow.domain.user.ThemeMode;
import dev.burrow.domain.user.ToolbarMode;
import dev.burrow.domain.user.UserPreferences;

import java.util.Map;

/**
 * The writable fields of a user as a caller sent them, in PostHog's serializer order (the order in which they are
 * checked: the first bad field is the one reported). Text fields carry the text as sent, before the text rules
 * (trimming, length) that the use case applies. {@code otherFieldsSent}: the request also carried keys that are no
 * writable field (unknown or read-only ones), which are ignored but, as in PostHog, put the change behind the
 * recent-login gate. Build one with {@link #builder()}.
 */
public record UserPatch(
        FieldValue<String> firstName,
        FieldValue<String> lastName,
        FieldValue<String> email,
        FieldValue<Map<String, Object>> notificationSettings,
        FieldValue<Boolean> anonymizeData,
        FieldValue<Boolean> allowImpersonation,
        FieldValue<ToolbarMode> toolbarMode,
        FieldValue<Boolean> staff,
        FieldValue<String> setCurrentOrganization,
        FieldValue<String> setCurrentTeam,
        FieldValue<String> password,
        FieldValue<String> currentPassword,
        FieldValue<JsonDocument> eventsColumnConfig,
        FieldValue<JsonDocument> hasSeenProductIntroFor,
        FieldValue<ThemeMode> themeMode,
        FieldValue<JsonDocument> hedgehogConfig,
        FieldValue<Boolean> allowSidebarSuggestions,
        FieldValue<ShortcutPosition> shortcutPosition,
        FieldValue<RoleAtOrganization> roleAtOrganization,
        FieldValue<Boolean> passkeysEnabledFor2fa,
        boolean otherFieldsSent) {

    /**
     * Whether this change is behind the recent-login gate: unless it sends only the fields PostHog lets a stale
     * session change (its allow-list for the sensitive-action gate), and at least one of them.
     */
    public boolean sensitive() {
        boolean harmless = themeMode.sent() || setCurrentOrganization.sent() || setCurrentTeam.sent()
                || allowSidebarSuggestions.sent() || shortcutPosition.sent() || hasSeenProductIntroFor.sent()
                || eventsColumnConfig.sent() || roleAtOrganization.sent();
        boolean other = otherFieldsSent || firstName.sent() || lastName.sent() || email.sent()
                || notificationSettings.sent() || anonymizeData.sent() || allowImpersonation.sent()
                || toolbarMode.sent() || staff.sent() || password.sent() || currentPassword.sent()
                || hedgehogConfig.sent() || passkeysEnabledFor2fa.sent();
        return other || !harmless;
    }

    /**
     * {@code current} with the preferences this patch sends (the rest kept): the one place a new preference is
     * applied. Call it on a checked patch; a field of the wrong type throws its reader's error.
     */
    UserPreferences appliedTo(UserPreferences current) {
        UserPreferences.Builder builder = current.toBuilder();
        anonymizeData.ifSent(builder::anonymizeData);
        allowImpersonation.ifSent(builder::allowImpersonation);
        toolbarMode.ifSent(builder::toolbarMode);
        eventsColumnConfig.ifSent(builder::eventsColumnConfig);
        hasSeenProductIntroFor.ifSent(builder::hasSeenProductIntroFor);
        themeMode.ifSent(builder::themeMode);
        hedgehogConfig.ifSent(builder::hedgehogConfig);
        allowSidebarSuggestions.ifSent(builder::allowSidebarSuggestions);
        shortcutPosition.ifSent(builder::shortcutPosition);
        roleAtOrganization.ifSent(builder::roleAtOrganization);
        passkeysEnabledFor2fa.ifSent(builder::passkeysEnabledFor2fa);
        return builder.build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A patch for a Java caller: every field not set is not sent. */
    public static final class Builder {

        private FieldValue<String> firstName = FieldValue.absent();
        private FieldValue<String> lastName = FieldValue.absent();
        private FieldValue<String> email = FieldValue.absent();
        private FieldValue<Map<String, Object>> notificationSettings = FieldValue.absent();
        private FieldValue<Boolean> anonymizeData = FieldValue.absent();
        private FieldValue<Boolean> allowImpersonation = FieldValue.absent();
        private FieldValue<ToolbarMode> toolbarMode = FieldValue.absent();
        private FieldValue<Boolean> staff = FieldValue.absent();
        private FieldValue<String> setCurrentOrganization = FieldValue.absent();
        private FieldValue<String> setCurrentTeam = FieldValue.absent();
        private FieldValue<String> password = FieldValue.absent();
        private FieldValue<String> currentPassword = FieldValue.absent();
        private FieldValue<JsonDocument> eventsColumnConfig = FieldValue.absent();
        private FieldValue<JsonDocument> hasSeenProductIntroFor = FieldValue.absent();
        private FieldValue<ThemeMode> themeMode = FieldValue.absent();
        private FieldValue<JsonDocument> hedgehogConfig = FieldValue.absent();
        private FieldValue<Boolean> allowSidebarSuggestions = FieldValue.absent();
        private FieldValue<ShortcutPosition> shortcutPosition = FieldValue.absent();
        private FieldValue<RoleAtOrganization> roleAtOrganization = FieldValue.absent();
        private FieldValue<Boolean> passkeysEnabledFor2fa = FieldValue.absent();
        private boolean otherFieldsSent;

        private Builder() {
        }

        public Builder firstName(String value) {
            firstName = FieldValue.of(value);
            return this;
        }

        public Builder lastName(String value) {
            lastName = FieldValue.of(value);
            return this;
        }

        public Builder email(String value) {
            email = FieldValue.of(value);
            return this;
        }

        public Builder notificationSettings(Map<String, Object> value) {
            notificationSettings = FieldValue.of(value);
            return this;
        }

        public Builder anonymizeData(Boolean value) {
            anonymizeData = FieldValue.of(value);
            return this;
        }

        public Builder allowImpersonation(Boolean value) {
            allowImpersonation = FieldValue.of(value);
            return this;
        }

        public Builder toolbarMode(ToolbarMode value) {
            toolbarMode = FieldValue.of(value);
            return this;
        }

        public Builder staff(Boolean value) {
            staff = FieldValue.of(value);
            return this;
        }

        public Builder setCurrentOrganization(String value) {
            setCurrentOrganization = FieldValue.of(value);
            return this;
        }

        public Builder setCurrentTeam(String value) {
            setCurrentTeam = FieldValue.of(value);
            return this;
        }

        public Builder password(String value) {
            password = FieldValue.of(value);
            return this;
        }

        public Builder currentPassword(String value) {
            currentPassword = FieldValue.of(value);
            return this;
        }

        public Builder eventsColumnConfig(JsonDocument value) {
            eventsColumnConfig = FieldValue.of(value);
            return this;
        }

        public Builder hasSeenProductIntroFor(JsonDocument value) {
            hasSeenProductIntroFor = FieldValue.of(value);
            return this;
        }

        public Builder themeMode(ThemeMode value) {
            themeMode = FieldValue.of(value);
            return this;
        }

        public Builder hedgehogConfig(JsonDocument value) {
            hedgehogConfig = FieldValue.of(value);
            return this;
        }

        public Builder allowSidebarSuggestions(Boolean value) {
            allowSidebarSuggestions = FieldValue.of(value);
            return this;
        }

        public Builder shortcutPosition(ShortcutPosition value) {
            shortcutPosition = FieldValue.of(value);
            return this;
        }

        public Builder roleAtOrganization(RoleAtOrganization value) {
            roleAtOrganization = FieldValue.of(value);
            return this;
        }

        public Builder passkeysEnabledFor2fa(Boolean value) {
            passkeysEnabledFor2fa = FieldValue.of(value);
            return this;
        }

        public UserPatch build() {
            return new UserPatch(firstName, lastName, email, notificationSettings, anonymizeData,
                    allowImpersonation, toolbarMode, staff, setCurrentOrganization, setCurrentTeam, password,
                    currentPassword, eventsColumnConfig, hasSeenProductIntroFor, themeMode, hedgehogConfig,
                    allowSidebarSuggestions, shortcutPosition, roleAtOrganization, passkeysEnabledFor2fa,
                    otherFieldsSent);
        }
    }
}
