package dev.burrow.domain.user;

import dev.burrow.domain.failure.InvalidInputException;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * A person with an account. Immutable: every change is a transition that returns a new instance with the same
 * {@link #version()}, which the repository uses to refuse a write based on a stale read.
 */
public final class User {

    public static final int MAX_NAME_LENGTH = 150;

    private final UserId id;
    private final UUID uuid;
    private final String distinctId;
    private final EmailAddress email;
    private final EmailAddress pendingEmail;
    private final Boolean emailVerified;
    private final String firstName;
    private final String lastName;
    private final PasswordHash password;
    private final boolean staff;
    private final boolean active;
    private final Instant dateJoined;
    private final UserPreferences preferences;
    private final NotificationSettings notificationSettings;
    private final CurrentContext current;
    private final long version;

    private User(UserId id, UUID uuid, String distinctId, EmailAddress email, EmailAddress pendingEmail,
                 Boolean emailVerified, String firstName, String lastName, PasswordHash password, boolean staff,
                 boolean active, Instant dateJoined, UserPreferences preferences,
                 NotificationSettings notificationSettings, CurrentContext current, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.uuid = Objects.requireNonNull(uuid, "uuid");
        this.distinctId = distinctId;
        this.email = Objects.requireNonNull(email, "email");
        this.pendingEmail = pendingEmail;
        this.emailVerified = emailVerified;
        this.firstName = Objects.requireNonNull(firstName, "firstName");
        this.lastName = Objects.requireNonNull(lastName, "lastName");
        this.password = password;
        this.staff = staff;
        this.active = active;
        this.dateJoined = Objects.requireNonNull(dateJoined, "dateJoined");
        this.preferences = Objects.requireNonNull(preferences, "preferences");
        this.notificationSettings = Objects.requireNonNull(notificationSettings, "notificationSettings");
        this.current = Objects.requireNonNull(current, "current");
        this.version = version;
    }

    /**
     * A new account: names trimmed and at most {@value #MAX_NAME_LENGTH} characters, the default preferences, no
     * organization yet. {@code password} may be null for an account that signs in some other way.
     */
    public static User register(UserId id, UUID uuid, String distinctId, EmailAddress email, String firstName,
                                String lastName, PasswordHash password, boolean staff, Instant now) {
        return new User(id, uuid, distinctId, email, null, null, name(firstName, "first_name"),
                name(lastName, "last_name"), password, staff, true, now.truncatedTo(ChronoUnit.MICROS),
                UserPreferences.defaults(), NotificationSettings.none(), CurrentContext.NONE, 0);
    }

    /** Rebuilds a user from storage, trusting that what was stored was valid. */
    public static User restore(UserId id, UUID uuid, String distinctId, EmailAddress email, EmailAddress pendingEmail,
                               Boolean emailVerified, String firstName, String lastName, PasswordHash password,
                               boolean staff, boolean active, Instant dateJoined, UserPreferences preferences,
                               NotificationSettings notificationSettings, CurrentContext current, long version) {
        return new User(id, uuid, distinctId, email, pendingEmail, emailVerified, firstName, lastName, password, staff,
                active, dateJoined, preferences, notificationSettings, current, version);
    }

    private static String name(String value, String field) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.length() > MAX_NAME_LENGTH) {
            throw new InvalidInputException("max_length",
                    "Ensure this field has no more than " + MAX_NAME_LENGTH + " characters.", field);
        }
        return trimmed;
    }

    /** The same user working in another organization and project. */
    public User withCurrentContext(CurrentContext context) {
        return new User(id, uuid, distinctId, email, pendingEmail, emailVerified, firstName, lastName, password, staff,
                active, dateJoined, preferences, notificationSettings, context, version);
    }

    /** The same user with new names, already checked by {@link DisplayName}. */
    public User withNames(String newFirstName, String newLastName) {
        return new User(id, uuid, distinctId, email, pendingEmail, emailVerified, newFirstName, newLastName, password,
                staff, active, dateJoined, preferences, notificationSettings, current, version);
    }

    /** The same user at a new address, verified or not as said; any pending change is over. */
    public User withEmail(EmailAddress newEmail, Boolean verified) {
        return new User(id, uuid, distinctId, newEmail, null, verified, firstName, lastName, password, staff, active,
                dateJoined, preferences, notificationSettings, current, version);
    }

    /** The same user with an address waiting for its code (null: no change pending). */
    public User withPendingEmail(EmailAddress newPendingEmail) {
        return new User(id, uuid, distinctId, email, newPendingEmail, emailVerified, firstName, lastName, password,
                staff, active, dateJoined, preferences, notificationSettings, current, version);
    }

    public User withPreferences(UserPreferences newPreferences) {
        return new User(id, uuid, distinctId, email, pendingEmail, emailVerified, firstName, lastName, password, staff,
                active, dateJoined, newPreferences, notificationSettings, current, version);
    }

    public User withNotificationSettings(NotificationSettings newSettings) {
        return new User(id, uuid, distinctId, email, pendingEmail, emailVerified, firstName, lastName, password, staff,
                active, dateJoined, preferences, newSettings, current, version);
    }

    public User withStaff(boolean newStaff) {
        return new User(id, uuid, distinctId, email, pendingEmail, emailVerified, firstName, lastName, password,
                newStaff, active, dateJoined, preferences, notificationSettings, current, version);
    }

    /** The same user with a new stored password. */
    public User withPassword(PasswordHash newPassword) {
        return new User(id, uuid, distinctId, email, pendingEmail, emailVerified, firstName, lastName, newPassword, staff,
                active, dateJoined, preferences, notificationSettings, current, version);
    }

    public boolean hasUsablePassword() {
        return password != null && password.isUsable();
    }

    public UserId id() {
        return id;
    }

    public UUID uuid() {
        return uuid;
    }

    public String distinctId() {
        return distinctId;
    }

    public EmailAddress email() {
        return email;
    }

    public EmailAddress pendingEmail() {
        return pendingEmail;
    }

    public Boolean emailVerified() {
        return emailVerified;
    }

    public String firstName() {
        return firstName;
    }

    public String lastName() {
        return lastName;
    }

    public PasswordHash password() {
        return password;
    }

    public boolean isStaff() {
        return staff;
    }

    public boolean isActive() {
        return active;
    }

    public Instant dateJoined() {
        return dateJoined;
    }

    public UserPreferences preferences() {
        return preferences;
    }

    public NotificationSettings notificationSettings() {
        return notificationSettings;
    }

    public CurrentContext current() {
        return current;
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof User that && id.equals(that.id) && version == that.version
                && uuid.equals(that.uuid) && Objects.equals(distinctId, that.distinctId) && email.equals(that.email)
                && Objects.equals(pendingEmail, that.pendingEmail) && Objects.equals(emailVerified, that.emailVerified)
                && firstName.equals(that.firstName) && lastName.equals(that.lastName)
                && Objects.equals(password, that.password) && staff == that.staff && active == that.active
                && dateJoined.equals(that.dateJoined) && preferences.equals(that.preferences)
                && notificationSettings.equals(that.notificationSettings) && current.equals(that.current);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version);
    }

    @Override
    public String toString() {
        return "User[id=" + id + ", uuid=" + uuid + ", email=" + email + ", version=" + version + "]";
    }
}
