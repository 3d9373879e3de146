package dev.burrow.http.user;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonRawValue;
import dev.burrow.application.user.UserProfile;
import dev.burrow.domain.user.Choice;
import dev.burrow.domain.user.ShortcutPosition;
import dev.burrow.domain.user.User;
import dev.burrow.domain.user.UserPreferences;
import dev.burrow.http.json.PostHogTime;

import java.util.List;
import java.util.Map;

/**
 * The user object: exactly the fields of PostHog's published reference, in its order. Write-only fields
 * ({@code password}, {@code set_current_team}, ...) are never shown, as in PostHog.
 */
@JsonPropertyOrder({"date_joined", "uuid", "distinct_id", "first_name", "last_name", "email", "pending_email",
        "is_email_verified", "notification_settings", "anonymize_data", "allow_impersonation", "toolbar_mode",
        "has_password", "id", "is_staff", "is_impersonated", "is_impersonated_until", "is_impersonated_read_only",
        "sensitive_session_expires_at", "fresh_reauth_expires_at", "team", "organization", "organizations", "events_column_config",
        "is_2fa_enabled", "has_social_auth", "has_sso_enforcement", "has_seen_product_intro_for",
        "scene_personalisation", "theme_mode", "hedgehog_config", "allow_sidebar_suggestions", "shortcut_position",
        "role_at_organization", "passkeys_enabled_for_2fa", "is_organization_first_user", "pending_invites"})
record UserResponse(
        @JsonProperty("date_joined") String dateJoined,
        String uuid,
        @JsonProperty("distinct_id") String distinctId,
        @JsonProperty("first_name") String firstName,
        @JsonProperty("last_name") String lastName,
        String email,
        @JsonProperty("pending_email") String pendingEmail,
        @JsonProperty("is_email_verified") Boolean isEmailVerified,
        @JsonProperty("notification_settings") Map<String, Object> notificationSettings,
        @JsonProperty("anonymize_data") Boolean anonymizeData,
        @JsonProperty("allow_impersonation") Boolean allowImpersonation,
        @JsonProperty("toolbar_mode") String toolbarMode,
        @JsonProperty("has_password") boolean hasPassword,
        long id,
        @JsonProperty("is_staff") boolean isStaff,
        @JsonProperty("is_impersonated") boolean isImpersonated,
        @JsonProperty("is_impersonated_until") String isImpersonatedUntil,
        @JsonProperty("is_impersonated_read_only") Boolean isImpersonatedReadOnly,
        @JsonProperty("sensitive_session_expires_at") String sensitiveSessionExpiresAt,
        @JsonProperty("fresh_reauth_expires_at") String freshReauthExpiresAt,
        TeamResponse team,
        OrganizationResponse organization,
        List<OrganizationBasicResponse> organizations,
        @JsonRawValue @JsonProperty("events_column_config") String eventsColumnConfig,
        @JsonProperty("is_2fa_enabled") boolean is2faEnabled,
        @JsonProperty("has_social_auth") boolean hasSocialAuth,
        @JsonProperty("has_sso_enforcement") boolean hasSsoEnforcement,
        @JsonRawValue @JsonProperty("has_seen_product_intro_for") String hasSeenProductIntroFor,
        @JsonProperty("scene_personalisation") List<ScenePersonalisationResponse> scenePersonalisation,
        @JsonProperty("theme_mode") String themeMode,
        @JsonRawValue @JsonProperty("hedgehog_config") String hedgehogConfig,
        @JsonProperty("allow_sidebar_suggestions") Boolean allowSidebarSuggestions,
        @JsonProperty("shortcut_position") String shortcutPosition,
        @JsonProperty("role_at_organization") String roleAtOrganization,
        @JsonProperty("passkeys_enabled_for_2fa") Boolean passkeysEnabledFor2fa,
        @JsonProperty("is_organization_first_user") Boolean isOrganizationFirstUser,
        @JsonProperty("pending_invites") List<PendingInviteResponse> pendingInvites) {

    /** {@code sensitiveSessionExpiresAt} is null for token-authenticated requests, as in PostHog. */
    /** Without the five-minute window: for callers that are not sessions. */
    static UserResponse from(UserProfile profile, String sensitiveSessionExpiresAt) {
        return from(profile, sensitiveSessionExpiresAt, null);
    }

    /**
     * {@code sensitiveSessionExpiresAt} and {@code freshReauthExpiresAt} (when the two-hour and five-minute
     * re-authentication windows end) are null for token-authenticated requests, as in PostHog.
     */
    static UserResponse from(UserProfile profile, String sensitiveSessionExpiresAt, String freshReauthExpiresAt) {
        User user = profile.user();
        UserPreferences preferences = user.preferences();
        return new UserResponse(
                PostHogTime.format(user.dateJoined()),
                user.uuid().toString(),
                user.distinctId(),
                user.firstName(),
                user.lastName(),
                user.email().value(),
                user.pendingEmail() == null ? null : user.pendingEmail().value(),
                user.emailVerified(),
                user.notificationSettings().effective(),
                preferences.anonymizeData(),
                preferences.allowImpersonation(),
                value(preferences.toolbarMode()),
                user.hasUsablePassword(),
                user.id().value(),
                user.isStaff(),
                false,
                null,
                null,
                sensitiveSessionExpiresAt,
                freshReauthExpiresAt,
                profile.team() == null ? null : TeamResponse.from(profile.team()),
                profile.organization() == null ? null : OrganizationResponse.from(profile.organization()),
                profile.organizations().stream().map(OrganizationBasicResponse::from).toList(),
                TeamResponse.raw(preferences.eventsColumnConfig()),
                profile.twoFactorEnabled(),
                false,
                false,
                TeamResponse.raw(preferences.hasSeenProductIntroFor()),
                profile.scenePersonalisations().stream().map(ScenePersonalisationResponse::from).toList(),
                value(preferences.themeMode()),
                TeamResponse.raw(preferences.hedgehogConfig()),
                preferences.allowSidebarSuggestions(),
                // PostHog's serializer shows an unset position as "above".
                value(preferences.shortcutPosition() == null ? ShortcutPosition.ABOVE : preferences.shortcutPosition()),
                value(preferences.roleAtOrganization()),
                preferences.passkeysEnabledFor2fa(),
                profile.organizationFirstUser(),
                profile.pendingInvites().stream().map(PendingInviteResponse::from).toList());
    }

    private static String value(Choice choice) {
        return choice == null ? null : choice.value();
    }
}
