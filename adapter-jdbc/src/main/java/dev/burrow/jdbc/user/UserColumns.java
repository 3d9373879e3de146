package dev.burrow.jdbc.user;

/** The columns of {@code users}, in {@link UserRow}'s order, for the statements of other tables that join it. */
public final class UserColumns {

    public static final String COLUMNS = """
            id, uuid, distinct_id, email, email_folded, pending_email, is_email_verified, first_name, last_name,
            password, is_staff, is_active, date_joined, current_organization_id, current_project_id,
            partial_notification_settings, anonymize_data, allow_impersonation, toolbar_mode, events_column_config,
            has_seen_product_intro_for, theme_mode, hedgehog_config, allow_sidebar_suggestions, shortcut_position,
            role_at_organization, passkeys_enabled_for_2fa, version
            """;

    private UserColumns() {
    }

    /** The columns again, each named through {@code alias} (a join's name for the users table). */
    public static String of(String alias) {
        StringBuilder columns = new StringBuilder();
        for (String column : COLUMNS.split(",")) {
            columns.append(columns.isEmpty() ? "" : ", ").append(alias).append('.').append(column.strip());
        }
        return columns.toString();
    }
}
