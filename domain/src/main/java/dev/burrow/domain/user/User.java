package dev.burrow.domain.user;

import dev.burrow.domain.HostApi;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * A person with an account. Immutable: every change is a transition that returns a new instance with the same
 * {@link #version()}, which the repository uses to refuse a write based on a stale read.
 */
@HostApi
public final class User {

    /** At most this many characters (code points, as Python counts them) in a first or last name. */
    public static final int MAX_NAME_LENGTH = DisplayName.MAX_LENGTH;

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

    private User(Builder b) {
        this.id = Objects.requireNonNull(b.id, "id");
        this.uuid = Objects.requireNonNull(b.uuid, "uuid");
        this.distinctId = b.distinctId;
        this.email = Objects.requireNonNull(b.email, "email");
        this.pendingEmail = b.pendingEmail;
        this.emailVerified = b.emailVerified;
        this.firstName = Objects.requireNonNull(b.firstName, "firstName");
        this.lastName = Objects.requireNonNull(b.lastName, "lastName");
        this.password = b.password;
        this.staff = b.staff;
        this.active = b.active;
        this.dateJoined = Objects.requireNonNull(b.dateJoined, "dateJoined");
        this.preferences = Objects.requireNonNull(b.preferences, "preferences");
        this.notificationSettings = Objects.requireNonNull(b.notificationSettings, "notificationSettings");
        this.current = Objects.requireNonNull(b.current, "current");
        this.version = b.version;
    }

    /**
     * The one place a user's fields are copied: every transition starts from {@link #change(Consumer)}, sets what
     * changes and builds, so a new field is added here, in the constructor and in {@link #restore}, and nowhere
     * else.
     */
    private static final class Builder {
        private UserId id;
        private UUID uuid;
        private String distinctId;
        private EmailAddress email;
        private EmailAddress pendingEmail;
        private Boolean emailVerified;
        private String firstName;
        private String lastName;
        private PasswordHash password;
        private boolean staff;
        private boolean active;
        private Instant dateJoined;
        private UserPreferences preferences;
        private NotificationSettings notificationSettings;
        private CurrentContext current;
        private long version;

        private Builder() {
        }

        private Builder(User from) {
            id = from.id;
            uuid = from.uuid;
            distinctId = from.distinctId;
            email = from.email;
            pendingEmail = from.pendingEmail;
            emailVerified = from.emailVerified;
            firstName = from.firstName;
            lastName = from.lastName;
            password = from.password;
            staff = from.staff;
            active = from.active;
            dateJoined = from.dateJoined;
            preferences = from.preferences;
            notificationSettings = from.notificationSettings;
            current = from.current;
            version = from.version;
        }
    }

    /** A copy of this user with what {@code edit} sets changed: the version stays (see the class comment). */
    private User change(Consumer<Builder> edit) {
        Builder builder = new Builder(this);
        edit.accept(builder);
        return new User(builder);
    }

    /**
     * A new account: names trimmed and at most {@value #MAX_NAME_LENGTH} characters (counted as
     * {@link DisplayName} counts them), the default preferences, no organization yet. {@code password} may be
     * null for an account that signs in some other way.
     */
    public static User register(UserId id, UUID uuid, String distinctId, EmailAddress email, String firstName,
                                String lastName, PasswordHash password, boolean staff, Instant now) {
        Builder b = new Builder();
        b.id = id;
        b.uuid = uuid;
        b.distinctId = distinctId;
        b.email = email;
        b.firstName = DisplayName.trimmed(firstName, "first_name");
        b.lastName = DisplayName.trimmed(lastName, "last_name");
        b.password = password;
        b.staff = staff;
        b.active = true;
        b.dateJoined = now.truncatedTo(ChronoUnit.MICROS);
        b.preferences = UserPreferences.defaults();
        b.notificationSettings = NotificationSettings.none();
        b.current = CurrentContext.NONE;
        return new User(b);
    }

    /** Rebuilds a user from storage, trusting that what was stored was valid. */
    public static User restore(UserId id, UUID uuid, String distinctId, EmailAddress email, EmailAddress pendingEmail,
                               Boolean emailVerified, String firstName, String lastName, PasswordHash password,
                               boolean staff, boolean active, Instant dateJoined, UserPreferences preferences,
                               NotificationSettings notificationSettings, CurrentContext current, long version) {
        Builder b = new Builder();
        b.id = id;
        b.uuid = uuid;
        b.distinctId = distinctId;
        b.email = email;
        b.pendingEmail = pendingEmail;
        b.emailVerified = emailVerified;
        b.firstName = firstName;
        b.lastName = lastName;
        b.password = password;
        b.staff = staff;
        b.active = active;
        b.dateJoined = dateJoined;
        b.preferences = preferences;
        b.notificationSettings = notificationSettings;
        b.current = current;
        b.version = version;
        return new User(b);
    }

    /**
     * This user as the repository has just stored it, at {@code storedVersion}: only repositories call this,
     * after a write that the version check let through.
     */
    public User storedAs(long storedVersion) {
        return change(b -> b.version = storedVersion);
    }

    /** The same user working in another organization and project. */
    public User withCurrentContext(CurrentContext context) {
        return change(b -> b.current = context);
    }

    /** The same user with new names, already checked by {@link DisplayName}. */
    public User withNames(String newFirstName, String newLastName) {
        return change(b -> {
            b.firstName = newFirstName;
            b.lastName = newLastName;
        });
    }

    /** The same user at a new address, verified or not as said; any pending change is over. */
    public User withEmail(EmailAddress newEmail, Boolean verified) {
        return change(b -> {
            b.email = newEmail;
            b.pendingEmail = null;
            b.emailVerified = verified;
        });
    }

    /** The same user with an address waiting for its code (null: no change pending). */
    public User withPendingEmail(EmailAddress newPendingEmail) {
        return change(b -> b.pendingEmail = newPendingEmail);
    }

    public User withPreferences(UserPreferences newPreferences) {
        return change(b -> b.preferences = newPreferences);
    }

    public User withNotificationSettings(NotificationSettings newSettings) {
        return change(b -> b.notificationSettings = newSettings);
    }

    public User withStaff(boolean newStaff) {
        return change(b -> b.staff = newStaff);
    }

    /** The same user with a new stored password. */
    public User withPassword(PasswordHash newPassword) {
        return change(b -> b.password = newPassword);
    }

    /** The same user, able to sign in or not ({@code is_active}: an inactive user is treated as gone). */
    public User withActive(boolean newActive) {
        return change(b -> b.active = newActive);
    }

    /** Whether a change to {@code address} (in any case) is waiting for its code. */
    public boolean awaitsEmail(EmailAddress address) {
        return pendingEmail != null && address != null && pendingEmail.folded().equals(address.folded());
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
