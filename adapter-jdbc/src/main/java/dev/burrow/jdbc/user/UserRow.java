package dev.burrow.jdbc.user;

import dev.burrow.domain.organization.OrganizationId;
import dev.burrow.domain.organization.ProjectId;
import dev.burrow.domain.user.Choice;
import dev.burrow.domain.user.CurrentContext;
import dev.burrow.domain.user.EmailAddress;
import dev.burrow.domain.user.NotificationSettings;
import dev.burrow.domain.user.PasswordHash;
import dev.burrow.domain.user.RoleAtOrganization;
import dev.burrow.domain.user.ShortcutPosition;
import dev.burrow.domain.user.ThemeMode;
import dev.burrow.domain.user.ToolbarMode;
import dev.burrow.domain.user.User;
import dev.burrow.domain.user.UserId;
import dev.burrow.domain.user.UserPreferences;
import dev.burrow.jdbc.database.JsonColumns;
import dev.burrow.jdbc.database.RowReader;
import dev.burrow.jdbc.database.RowsByHand;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** One row of {@code users}, column for column; public for the reads of other tables that join the user. */
public record UserRow(
        long id,
        UUID uuid,
        String distinctId,
        String email,
        String emailFolded,
        String pendingEmail,
        Boolean isEmailVerified,
        String firstName,
        String lastName,
        String password,
        boolean isStaff,
        boolean isActive,
        Instant dateJoined,
        UUID currentOrganizationId,
        Long currentProjectId,
        String partialNotificationSettings,
        Boolean anonymizeData,
        Boolean allowImpersonation,
        String toolbarMode,
        String eventsColumnConfig,
        String hasSeenProductIntroFor,
        String themeMode,
        String hedgehogConfig,
        Boolean allowSidebarSuggestions,
        String shortcutPosition,
        String roleAtOrganization,
        Boolean passkeysEnabledFor2fa,
        long version) {

    /**
     * The columns of {@code users}, one line each in the components' order: the one declaration that
     * {@link UserColumns}' list, the insert and the update are built from, once, at start-up. A new column is a
     * component above, its line here, and its place in {@link #of} and {@link #toUser}; nothing else in this
     * adapter names it (but {@link #read}, which reads them in this order). {@code UserColumnsTest} holds this list to the components.
     */
    static final List<Column> COLUMNS = List.of(
            new Column("id", long.class, UserRow::id),
            new Column("uuid", UUID.class, UserRow::uuid),
            new Column("distinct_id", String.class, UserRow::distinctId),
            new Column("email", String.class, UserRow::email),
            new Column("email_folded", String.class, UserRow::emailFolded),
            new Column("pending_email", String.class, UserRow::pendingEmail),
            new Column("is_email_verified", Boolean.class, UserRow::isEmailVerified),
            new Column("first_name", String.class, UserRow::firstName),
            new Column("last_name", String.class, UserRow::lastName),
            new Column("password", String.class, UserRow::password),
            new Column("is_staff", boolean.class, UserRow::isStaff),
            new Column("is_active", boolean.class, UserRow::isActive),
            new Column("date_joined", Instant.class, UserRow::dateJoined),
            new Column("current_organization_id", UUID.class, UserRow::currentOrganizationId),
            new Column("current_project_id", Long.class, UserRow::currentProjectId),
            new Column("partial_notification_settings", String.class, UserRow::partialNotificationSettings),
            new Column("anonymize_data", Boolean.class, UserRow::anonymizeData),
            new Column("allow_impersonation", Boolean.class, UserRow::allowImpersonation),
            new Column("toolbar_mode", String.class, UserRow::toolbarMode),
            new Column("events_column_config", String.class, UserRow::eventsColumnConfig),
            new Column("has_seen_product_intro_for", String.class, UserRow::hasSeenProductIntroFor),
            new Column("theme_mode", String.class, UserRow::themeMode),
            new Column("hedgehog_config", String.class, UserRow::hedgehogConfig),
            new Column("allow_sidebar_suggestions", Boolean.class, UserRow::allowSidebarSuggestions),
            new Column("shortcut_position", String.class, UserRow::shortcutPosition),
            new Column("role_at_organization", String.class, UserRow::roleAtOrganization),
            new Column("passkeys_enabled_for_2fa", Boolean.class, UserRow::passkeysEnabledFor2fa),
            new Column("version", long.class, UserRow::version));

    /**
     * A column: its name, the Java type its value binds as (so a null binds as the column's type) and how the row
     * gives its value. A lambda rather than a record accessor found by reflection: a write binds without it.
     */
    record Column(String name, Class<?> type, Function<UserRow, Object> value) {
    }

    /** Reads the row from its {@code id} column on, in {@link #COLUMNS}' order (as every select lists them). */
    public static final RowsByHand<UserRow> ROWS = new RowsByHand<>("id", UserRow::read);

    /** The row's columns from where {@code row} stands, one after another in {@link #COLUMNS}' order. */
    public static UserRow read(RowReader row) throws SQLException {
        return new UserRow(
                row.longValue(),
                row.uuid(),
                row.text(),
                row.text(),
                row.text(),
                row.text(),
                row.nullableBool(),
                row.text(),
                row.text(),
                row.text(),
                row.bool(),
                row.bool(),
                row.instant(),
                row.uuid(),
                row.nullableLong(),
                row.text(),
                row.nullableBool(),
                row.nullableBool(),
                row.text(),
                row.text(),
                row.text(),
                row.text(),
                row.text(),
                row.nullableBool(),
                row.text(),
                row.text(),
                row.nullableBool(),
                row.longValue());
    }

    static UserRow of(User user) {
        UserPreferences preferences = user.preferences();
        CurrentContext current = user.current();
        return new UserRow(
                user.id().value(),
                user.uuid(),
                user.distinctId(),
                user.email().value(),
                user.email().folded(),
                user.pendingEmail() == null ? null : user.pendingEmail().value(),
                user.emailVerified(),
                user.firstName(),
                user.lastName(),
                user.password() == null ? null : user.password().encoded(),
                user.isStaff(),
                user.isActive(),
                user.dateJoined(),
                current.organizationId() == null ? null : current.organizationId().value(),
                current.projectId() == null ? null : current.projectId().value(),
                user.notificationSettings().stored().isEmpty()
                        ? null : JsonColumns.write(user.notificationSettings().stored()),
                preferences.anonymizeData(),
                preferences.allowImpersonation(),
                value(preferences.toolbarMode()),
                JsonColumns.text(preferences.eventsColumnConfig()),
                JsonColumns.text(preferences.hasSeenProductIntroFor()),
                value(preferences.themeMode()),
                JsonColumns.text(preferences.hedgehogConfig()),
                preferences.allowSidebarSuggestions(),
                value(preferences.shortcutPosition()),
                value(preferences.roleAtOrganization()),
                preferences.passkeysEnabledFor2fa(),
                user.version());
    }

    public User toUser() {
        UserPreferences preferences = new UserPreferences(
                anonymizeData,
                allowImpersonation,
                choice(ToolbarMode.class, toolbarMode),
                JsonColumns.document(eventsColumnConfig),
                JsonColumns.document(hasSeenProductIntroFor),
                choice(ThemeMode.class, themeMode),
                JsonColumns.document(hedgehogConfig),
                allowSidebarSuggestions,
                choice(ShortcutPosition.class, shortcutPosition),
                choice(RoleAtOrganization.class, roleAtOrganization),
                passkeysEnabledFor2fa);
        return User.restore(
                new UserId(id),
                uuid,
                distinctId,
                new EmailAddress(email),
                pendingEmail == null ? null : new EmailAddress(pendingEmail),
                isEmailVerified,
                firstName,
                lastName,
                password == null ? null : new PasswordHash(password),
                isStaff,
                isActive,
                dateJoined,
                preferences,
                partialNotificationSettings == null
                        ? NotificationSettings.none()
                        : NotificationSettings.restore(JsonColumns.looseObject(partialNotificationSettings)),
                new CurrentContext(
                        currentOrganizationId == null ? null : new OrganizationId(currentOrganizationId),
                        currentProjectId == null ? null : new ProjectId(currentProjectId)),
                version);
    }

    private static String value(Choice choice) {
        return choice == null ? null : choice.value();
    }

    // A value burrow never wrote (a table imported from an older PostHog) reads as unset rather than making the
    // whole account unreadable.
    private static <E extends Enum<E> & Choice> E choice(Class<E> type, String value) {
        return value == null ? null : Choice.parse(type, value).orElse(null);
    }

    /** Never print the password hash by accident, nor the rest of the account: the keys that identify it suffice. */
    @Override
    public String toString() {
        return "UserRow[id=" + id + ", uuid=" + uuid + ", email=" + email + ", password="
                + (password == null ? null : "***") + ", version=" + version + "]";
    }
}
